-- POST /api/session/list/ for a user with a few sessions, among all the stored ones.
function init(args)
   authorization = "Bearer " .. os.getenv("BENCH_ACCESS")
end

function request()
   return wrk.format("POST", "/api/session/list/",
      { ["Content-Type"] = "application/json", ["Authorization"] = authorization }, '{"session":"ALL"}')
end
