-- wrk script for the cockpit's rollups over a generated zone (bench/cockpit.sh), authenticated with a personal API
-- token (ZB_TOKEN). ZB_MIX=summary measures the zone summary alone; ZB_MIX=cockpit rotates over every query the
-- cockpit page runs for one period. ZB_PERIOD chooses the month (default 2025-06).
local token = os.getenv("ZB_TOKEN")
local label = os.getenv("ZB_LABEL") or "cockpit"
local mix = os.getenv("ZB_MIX") or "cockpit"
local period = os.getenv("ZB_PERIOD") or "2025-06"

local base = "/api/v1/indicators/"
local paths
if mix == "summary" then
  paths = { base .. "zone-summary?period=" .. period }
else
  paths = {
    base .. "zone-summary?period=" .. period,
    base .. "rollups?dimension=CLUSTER&period=" .. period,
    base .. "rollups?dimension=PARK&period=" .. period,
    base .. "rollups?dimension=GRID&period=" .. period,
    base .. "rollups?dimension=SECTION&period=" .. period,
    base .. "rollups?dimension=DIVISION&period=" .. period,
    base .. "months?period=" .. period,
    base .. "firms?limit=10&period=" .. period,
    base .. "firms?kind=ABOVE_100M&limit=50&period=" .. period,
    base .. "growth-distribution?period=" .. period,
    base .. "targets?period=" .. period,
    base .. "alerts?period=" .. period,
  }
end

local counter = 0

function setup(thread)
  thread:set("offset", counter * 5)
  counter = counter + 1
end

function init(args)
  n = offset or 0
  if token == nil or token == "" then
    error("set ZB_TOKEN to a personal API token")
  end
  wrk.headers["Authorization"] = "Bearer " .. token
  wrk.headers["Accept"] = "application/json"
end

function request()
  n = n + 1
  return wrk.format("GET", paths[(n % #paths) + 1])
end

function done(summary, latency, requests)
  io.write(string.format("RESULT %s p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f requests=%d rps=%.1f errors=%d\n",
    label, latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, summary.requests, summary.requests / (summary.duration / 1e6),
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.timeout))
end
