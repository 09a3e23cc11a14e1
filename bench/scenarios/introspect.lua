-- POST /oauth2/introspect (RFC 7662) of an access token by a realm client with HTTP Basic: what a resource app that
-- does not verify tokens itself asks on each request. Keycloak's figure in docs/benchmarks.md is the same call.
function init(args)
   authorization = "Basic " .. os.getenv("BENCH_CLIENT_BASIC")
   body = "token=" .. os.getenv("BENCH_ACCESS")
end

function request()
   return wrk.format("POST", "/oauth2/introspect", {
      ["Authorization"] = authorization,
      ["Content-Type"] = "application/x-www-form-urlencoded"
   }, body)
end
