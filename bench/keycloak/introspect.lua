-- POST /realms/bench/protocol/openid-connect/token/introspect (RFC 7662) of an access token by the confidential client
-- with HTTP Basic: the same call as bench/scenarios/introspect.lua.
function init(args)
   path = "/realms/" .. (os.getenv("BENCH_REALM") or "bench") .. "/protocol/openid-connect/token/introspect"
   authorization = "Basic " .. os.getenv("BENCH_CLIENT_BASIC")
   body = "token=" .. os.getenv("BENCH_ACCESS")
end

function request()
   return wrk.format("POST", path, {
         ["Authorization"] = authorization,
         ["Content-Type"] = "application/x-www-form-urlencoded" },
      body)
end
