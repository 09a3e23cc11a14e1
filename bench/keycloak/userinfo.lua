-- GET /realms/bench/protocol/openid-connect/userinfo with a bearer access token (scope openid): Keycloak's nearest to
-- bench/scenarios/authenticated.lua (token verification plus the session check; Keycloak also loads the user).
function init(args)
   path = "/realms/" .. (os.getenv("BENCH_REALM") or "bench") .. "/protocol/openid-connect/userinfo"
   authorization = "Bearer " .. os.getenv("BENCH_ACCESS")
end

function request()
   return wrk.format("GET", path, { ["Authorization"] = authorization })
end
