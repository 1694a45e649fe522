-- The baseline of bench/list-api.sh: the same wrk, same connections, same machine, an endpoint that does no work.
local label = os.getenv("ZB_LABEL") or "health"

dofile("bench/lib/wrk-common.lua")
done = result_done(label)
