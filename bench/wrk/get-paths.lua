-- GET requests cycling through a file of paths (one per line), e.g. a customer's statistics or
-- pages of their history.
-- args: <file of paths>
local paths = {}
local auth = "Bearer " .. os.getenv("PATRON_KEY")
local next_path = 0

function init(args)
  for line in io.lines(args[1]) do
    paths[#paths + 1] = line
  end
end

function request()
  next_path = next_path % #paths + 1
  return wrk.format("GET", paths[next_path], { ["Authorization"] = auth })
end

function response(status, headers, body)
  if status ~= 200 then
    io.stderr:write("unexpected status " .. status .. ": " .. body .. "\n")
  end
end
