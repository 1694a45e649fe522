-- wrk script for GET /api/v1/enterprises: rotates over the filters officers really combine, authenticated with a
-- personal API token (ZB_TOKEN, see bench/lib/wrk-common.lua) so that what is measured is the list, not BCrypt.
-- Grid ids 1..5 are the demo zone's G1..G5: the benchmark always starts from a fresh database.
local label = os.getenv("ZB_LABEL") or "list"

-- ZB_MIX=no-short-cjk leaves out the three two-character Chinese name searches, which no index can serve (see
-- docs/performance.md), to show what the rest of the mix costs.
local mix = os.getenv("ZB_MIX") or "all"

local paths = {
  "/api/v1/enterprises",
  "/api/v1/enterprises?q=MA8",                                    -- USCC fragment
  "/api/v1/enterprises?cluster=semicon",
  "/api/v1/enterprises?industry=34",                              -- division 34 通用设备制造业
  "/api/v1/enterprises?industry=C&sort=founded",                  -- section C 制造业
  "/api/v1/enterprises?park=hongfeng",
  "/api/v1/enterprises?grid=3",
  "/api/v1/enterprises?tag=little-giant",
  "/api/v1/enterprises?tag=srdi-provincial&park=donghu",
  "/api/v1/enterprises?aboveScale=true",
  "/api/v1/enterprises?sort=land&desc=true",
  "/api/v1/enterprises?page=3",
  "/api/v1/enterprises?cluster=equipment&aboveScale=true&sort=capital&desc=true",
  "/api/v1/enterprises?grid=2&industry=17&sort=land&desc=true",
  "/api/v1/enterprises?tag=high-tech&grid=1&page=5",
}

if mix ~= "no-short-cjk" then
  table.insert(paths, 2, "/api/v1/enterprises?q=%E7%B2%BE%E5%AF%86")                 -- q=精密 (name fragment)
  table.insert(paths, 3, "/api/v1/enterprises?q=%E5%AE%B6%E7%BA%BA&page=1")          -- q=家纺, page 2
  table.insert(paths, "/api/v1/enterprises?cluster=biomed&q=%E7%A7%91%E6%8A%80&page=2") -- q=科技
end
table.insert(paths, "/api/v1/enterprises?q=%E7%B2%BE%E5%AF%86%E6%9C%BA")             -- q=精密机 (3 chars: trigram index)

dofile("bench/lib/wrk-common.lua")
rotate_paths(paths, 7, label)
