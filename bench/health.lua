-- The baseline of bench/list-api.sh: the same wrk, same connections, same machine, an endpoint that does no work.
local label = os.getenv("ZB_LABEL") or "health"

function done(summary, latency, requests)
  io.write(string.format("RESULT %s p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f requests=%d rps=%.1f errors=%d\n",
    label, latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, summary.requests, summary.requests / (summary.duration / 1e6),
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.timeout))
end
