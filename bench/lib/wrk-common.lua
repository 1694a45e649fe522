-- Shared by the wrk scripts (loaded with dofile from the repository root, where the bench scripts run wrk):
-- the RESULT line the bench scripts parse, and a rotation over API paths authenticated with ZB_TOKEN.

function result_done(label)
  return function(summary, latency, requests)
    io.write(string.format("RESULT %s p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f requests=%d rps=%.1f errors=%d\n",
      label, latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
      latency.max / 1000, summary.requests, summary.requests / (summary.duration / 1e6),
      summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write
        + summary.errors.timeout))
  end
end

-- Each wrk thread starts at a different offset (stride apart), so the threads do not ask the same query at once.
function rotate_paths(paths, stride, label)
  local token = os.getenv("ZB_TOKEN")
  local counter = 0
  setup = function(thread)
    thread:set("offset", counter * stride)
    counter = counter + 1
  end
  init = function(args)
    n = offset or 0
    if token == nil or token == "" then
      error("set ZB_TOKEN to a personal API token")
    end
    wrk.headers["Authorization"] = "Bearer " .. token
    wrk.headers["Accept"] = "application/json"
  end
  request = function()
    n = n + 1
    return wrk.format("GET", paths[(n % #paths) + 1])
  end
  done = result_done(label)
end
