-- PATCH /api/v1/customers/{id} (a merge patch of the notes) for random ids of the loaded customers.
-- args: <file of ids, one per line>
local ids = {}
local auth = "Bearer " .. os.getenv("PATRON_KEY")
local counter = 0

function init(args)
  for line in io.lines(args[1]) do
    ids[#ids + 1] = line
  end
  math.randomseed(os.time())
end

function request()
  counter = counter + 1
  local body = '{"notes":"Prefers the terrace; visit ' .. counter .. '."}'
  return wrk.format("PATCH", "/api/v1/customers/" .. ids[math.random(#ids)],
    { ["Authorization"] = auth, ["Content-Type"] = "application/merge-patch+json" }, body)
end

function response(status, headers, body)
  if status ~= 200 then
    io.stderr:write("unexpected status " .. status .. ": " .. body .. "\n")
  end
end
