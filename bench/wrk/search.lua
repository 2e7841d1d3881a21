-- GET /api/v1/customers?q=<prefix> with prefixes drawn from a file (one per line).
local prefixes = {}
local auth = "Bearer " .. os.getenv("PATRON_KEY")

function init(args)
  for line in io.lines(args[1]) do
    prefixes[#prefixes + 1] = line
  end
  math.randomseed(os.time())
end

function request()
  return wrk.format("GET", "/api/v1/customers?limit=20&q=" .. prefixes[math.random(#prefixes)], { ["Authorization"] = auth })
end
