-- POST /api/session/destroy/ of a different seeded session of the bench user each time.
dofile(os.getenv("BENCH_DIR") .. "/scenarios/tokens.lua")

function init(args)
   load_values()
   authorization = "Bearer " .. os.getenv("BENCH_ACCESS")
end

function request()
   return wrk.format("POST", "/api/session/destroy/",
      { ["Content-Type"] = "application/json", ["Authorization"] = authorization },
      '{"session_id":"' .. next_value() .. '"}')
end
