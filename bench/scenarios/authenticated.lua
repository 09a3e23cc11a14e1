-- GET /api/session/current: MP-JWT verification plus the in-memory revocation check, no database.
function init(args)
   authorization = "Bearer " .. os.getenv("BENCH_ACCESS")
end

function request()
   return wrk.format("GET", "/api/session/current", { ["Authorization"] = authorization })
end
