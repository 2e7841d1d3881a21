-- POST /api/v1/auth/sessions with the right password, again and again (each opens a session).
-- args: <tenant id> <email> <password>
local body

function init(args)
  body = string.format('{"tenant":"%s","email":"%s","password":"%s"}', args[1], args[2], args[3])
end

function request()
  return wrk.format("POST", "/api/v1/auth/sessions", { ["Content-Type"] = "application/json" }, body)
end
