-- wrk script for the cockpit's rollups over a generated zone (bench/cockpit.sh), authenticated with a personal API
-- token (ZB_TOKEN). ZB_MIX=summary measures the zone summary alone; ZB_MIX=cockpit rotates over every query the
-- cockpit page runs for one period. ZB_PERIOD chooses the month (default 2025-06).
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

dofile("bench/lib/wrk-common.lua")
rotate_paths(paths, 5, label)
