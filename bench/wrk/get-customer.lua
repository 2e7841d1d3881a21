-- GET /api/v1/customers/{id} for random ids of the loaded customers (ids are md5(n)).
-- args: <file of ids, one per line>. PATRON_KEY authenticates, or PATRON_COOKIE (a staff session) instead.
local ids = {}
local headers = {}
if os.getenv("PATRON_COOKIE") then
  headers["Cookie"] = os.getenv("PATRON_COOKIE")
else
  headers["Authorization"] = "Bearer " .. os.getenv("PATRON_KEY")
end

function init(args)
  for line in io.lines(args[1]) do
    ids[#ids + 1] = line
  end
  math.randomseed(os.time())
end

function request()
  return wrk.format("GET", "/api/v1/customers/" .. ids[math.random(#ids)], headers)
end
