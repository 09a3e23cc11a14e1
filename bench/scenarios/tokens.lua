-- Shared by the scenarios that need one value per request (refresh tokens, session ids): each wrk thread walks
-- its own stride of the file named by BENCH_VALUES, so no value is used by two threads.
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
   index = id + 1
end

function next_value()
   local value = values[index]
   index = index + stride
   if index > #values then
      index = id + 1
   end
   return value
end
