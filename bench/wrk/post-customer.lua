-- POST /api/v1/customers with a fresh customer each time.
local auth = "Bearer " .. os.getenv("PATRON_KEY")
local counter = 0
local prefix

function init(args)
  math.randomseed(os.time())
  prefix = tostring(math.random(1000000))
end

function request()
  counter = counter + 1
  local n = prefix .. "-" .. counter
  local body = '{"firstName":"Bench' .. n .. '","lastName":"Loader","email":"bench' .. n .. '@example.com",'
    .. '"primaryPhone":"+43 660 ' .. math.random(1000000, 9999999) .. '","emailNotifications":true,'
    .. '"primaryAddress":{"street":"Ring 1","postalCode":"1010","city":"Wien","country":"AT"}}'
  return wrk.format("POST", "/api/v1/customers",
    { ["Authorization"] = auth, ["Content-Type"] = "application/json" }, body)
end

function response(status, headers, body)
  if status ~= 201 then
    io.stderr:write("unexpected status " .. status .. ": " .. body .. "\n")
  end
end
