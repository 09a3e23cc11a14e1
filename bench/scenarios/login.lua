-- POST /api/session/login/ of the bench user (an unlimited type, so no session is ended on the way), from a browser.
function request()
   return wrk.format("POST", "/api/session/login/", {
         ["Content-Type"] = "application/json",
         ["User-Agent"] = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
            .. "Chrome/131.0.0.0 Safari/537.36" },
      '{"username":"bench","password":"bench-password","session":"BENCH","info":"wrk"}')
end
