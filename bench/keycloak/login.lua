-- POST /realms/bench/protocol/openid-connect/token, grant_type=password, of the bench user by the confidential client
-- (HTTP Basic), from a browser: the same login as bench/scenarios/login.lua. BENCH_SCOPE (e.g. "openid", which adds
-- an ID token) is empty by default: an access and a refresh token, as Multisession's login returns.
function init(args)
   path = "/realms/" .. (os.getenv("BENCH_REALM") or "bench") .. "/protocol/openid-connect/token"
   authorization = "Basic " .. os.getenv("BENCH_CLIENT_BASIC")
   body = "grant_type=password&username=bench&password=bench-password"
   local scope = os.getenv("BENCH_SCOPE") or ""
   if scope ~= "" then
      body = body .. "&scope=" .. scope
   end
end

function request()
   return wrk.format("POST", path, {
         ["Authorization"] = authorization,
         ["Content-Type"] = "application/x-www-form-urlencoded",
         ["User-Agent"] = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
            .. "Chrome/131.0.0.0 Safari/537.36" },
      body)
end
