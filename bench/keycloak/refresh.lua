-- POST /realms/bench/protocol/openid-connect/token, grant_type=refresh_token, by the confidential client (HTTP Basic),
-- with a refresh token from BENCH_VALUES: each used once with rotation (BENCH_REUSE unset), cycled without it
-- (BENCH_REUSE=1). See tokens.lua.
dofile(os.getenv("BENCH_DIR") .. "/keycloak/tokens.lua")

function init(args)
   load_values()
   path = "/realms/" .. (os.getenv("BENCH_REALM") or "bench") .. "/protocol/openid-connect/token"
   authorization = "Basic " .. os.getenv("BENCH_CLIENT_BASIC")
end

function request()
   return wrk.format("POST", path, {
         ["Authorization"] = authorization,
         ["Content-Type"] = "application/x-www-form-urlencoded" },
      "grant_type=refresh_token&refresh_token=" .. next_value())
end
