-- POST /api/session/refresh/ with a different seeded refresh token each time (BENCH_TYPE: the session type).
dofile(os.getenv("BENCH_DIR") .. "/scenarios/tokens.lua")

function init(args)
   load_values()
   session_type = os.getenv("BENCH_TYPE")
end

function request()
   return wrk.format("POST", "/api/session/refresh/", { ["Content-Type"] = "application/json" },
      '{"refresh":"' .. next_value() .. '","session":"' .. session_type .. '"}')
end
