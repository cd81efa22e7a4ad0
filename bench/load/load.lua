-- wrk script for the web load test (bench/load/run.sh): a mix of list/search requests
-- (/api/sheets with rotating Chinese search words, filters and pages) and single sheets
-- (/api/sheets/{id} for random ids 1..SHEETS). Counts non-2xx answers and prints the
-- latency percentiles in one line for run.sh to collect.
local words = {
  "就业", "公益性岗位", "培训", "满意度", "门源县", "教育", "资金", "建设",
  "医疗", "学生", "补助", "农牧", "社会效益", "完成率", "职业技能", "卫生",
}
local sheets = tonumber(os.getenv("SHEETS") or "10000")
local share = tonumber(os.getenv("LIST_SHARE") or "50") -- percent of list requests

local function encode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local counter = 0
local threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  math.randomseed(os.time() + id * 7919)
  errors = 0
  lists = 0
  singles = 0
end

function request()
  counter = counter + 1
  if math.random(100) <= share then
    lists = lists + 1
    local pick = math.random(10)
    local path
    if pick <= 5 then
      path = "/api/sheets?q=" .. encode(words[math.random(#words)]) .. "&page=" .. math.random(3)
    elseif pick <= 7 then
      path = "/api/sheets?q=" .. encode(words[math.random(#words)]) .. "&kind=project&year=2024"
    elseif pick <= 9 then
      path = "/api/sheets?page=" .. math.random(500)
    else
      path = "/api/sheets?kind=department&page=" .. math.random(20)
    end
    return wrk.format("GET", path)
  end
  singles = singles + 1
  return wrk.format("GET", "/api/sheets/" .. math.random(sheets))
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    errors = errors + 1
  end
end

function done(summary, latency, requests)
  local non2xx, list, single = 0, 0, 0
  for _, t in ipairs(threads) do
    non2xx = non2xx + (t:get("errors") or 0)
    list = list + (t:get("lists") or 0)
    single = single + (t:get("singles") or 0)
  end
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d seconds=%.1f rps=%.1f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f non2xx=%d socket_errors=%d list=%d sheet=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, non2xx, e.connect + e.read + e.write + e.timeout, list, single))
end
