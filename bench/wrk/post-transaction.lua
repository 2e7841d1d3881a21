-- POST /api/v1/plugins/sales/transactions: a fresh 5-line receipt each time, for a random one of
-- the loaded customers (ids are md5(n)), prices including tax, paid by card.
-- args: <file of customer ids, one per line>
local ids = {}
local auth = "Bearer " .. os.getenv("PATRON_KEY")
local counter = 0
local prefix
local closed_at

function init(args)
  for line in io.lines(args[1]) do
    ids[#ids + 1] = line
  end
  math.randomseed(os.time())
  prefix = tostring(math.random(1000000))
  closed_at = os.date("!%Y-%m-%dT%H:%M:%SZ", os.time() - 3600)
end

-- Five lines of 1 to 3 items at 2.50 to 9.50, 10 % tax included: total = the lines, tax = total / 11.
function request()
  counter = counter + 1
  local lines = {}
  local total = 0
  for i = 1, 5 do
    local quantity = 1 + (counter + i) % 3
    local price = 250 + 100 * ((counter * i) % 8)
    total = total + quantity * price
    lines[i] = '{"productId":"P' .. i .. '","name":"Product ' .. i .. '","category":"Food","quantity":' .. quantity
      .. ',"unitPrice":{"amount":' .. price .. '},"taxRate":10}'
  end
  local body = '{"receiptId":"B' .. prefix .. '-' .. counter .. '","customerId":"' .. ids[math.random(#ids)] .. '",'
    .. '"closedAt":"' .. closed_at .. '","location":"Wien 1","register":"Till 2","staff":"Eva",'
    .. '"lines":[' .. table.concat(lines, ",") .. '],'
    .. '"taxes":[{"rate":10,"amount":{"amount":' .. math.floor(total / 11) .. '}}],'
    .. '"total":{"amount":' .. total .. '},"payments":[{"method":"CARD","amount":{"amount":' .. total .. '}}]}'
  return wrk.format("POST", "/api/v1/plugins/sales/transactions",
    { ["Authorization"] = auth, ["Content-Type"] = "application/json" }, body)
end

function response(status, headers, body)
  if status ~= 201 then
    io.stderr:write("unexpected status " .. status .. ": " .. body .. "\n")
  end
end
