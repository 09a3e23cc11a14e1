-- POST /api/session/login/ of the bench user (an unlimited type, so no session is ended on the way).
function request()
   return wrk.format("POST", "/api/session/login/", { ["Content-Type"] = "application/json" },
      '{"username":"bench","password":"bench-password","session":"BENCH","info":"wrk"}')
end
