-- GET /api/whoami on the sample resource app: its own MP-JWT verification, plus the realm client's check when present.
function init(args)
   authorization = "Bearer " .. os.getenv("BENCH_ACCESS")
end

function request()
   return wrk.format("GET", "/api/whoami", { ["Authorization"] = authorization })
end
