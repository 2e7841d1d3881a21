-- GET /api/v1/customers/{id} for random ids of the loaded customers (ids are md5(n)).
-- args: <file of ids, one per line>
local ids = {}
local auth = "Bearer " .. os.getenv("PATRON_KEY")

function init(args)
  for line in io.lines(args[1]) do
    ids[#ids + 1] = line
  end
  math.randomseed(os.time())
end

function request()
  return wrk.format("GET", "/api/v1/customers/" .. ids[math.random(#ids)], { ["Authorization"] = auth })
end
