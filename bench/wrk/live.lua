-- GET /health/live: the server's HTTP layer with no database work, the ceiling for any route.
function request()
  return wrk.format("GET", "/health/live")
end
