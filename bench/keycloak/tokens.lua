-- Shared by the Keycloak scenarios that need one value per request (refresh tokens): like bench/scenarios/tokens.lua,
-- each wrk thread walks its own stride of the file named by BENCH_VALUES, so no value is used by two threads. With
-- BENCH_REUSE=1 a thread starts over at the end of its stride (refresh without rotation: a token may be used again).
-- Otherwise every value is used at most once: a thread that has handed out all but BENCH_RESERVE of its values stops
-- (wrk's req/s is then over the shorter run; the wrk output shows its length), and the reserve covers the
-- connections that still ask for a request before the thread's loop ends, so no used refresh token is ever sent again.
local threads = {}

function setup(thread)
   thread:set("id", #threads)
   table.insert(threads, thread)
end

function load_values()
   values = {}
   for line in io.lines(os.getenv("BENCH_VALUES")) do
      values[#values + 1] = line
   end
   stride = tonumber(os.getenv("BENCH_THREADS") or "2")
   reuse = os.getenv("BENCH_REUSE") == "1"
   reserve = tonumber(os.getenv("BENCH_RESERVE") or "64") * stride
   index = id + 1
   stopping = false
end

function next_value()
   local value = values[index]
   index = index + stride
   if index > #values then
      if reuse then
         index = id + 1
      else
         -- out of values altogether: should not happen with the reserve; resend the last one (a visible non-2xx)
         index = index - stride
      end
   elseif not reuse and not stopping and index > #values - reserve then
      stopping = true
      wrk.thread:stop()
   end
   return value
end
