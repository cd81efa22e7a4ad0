-- wrk script for the mixed read/write soak (bench/load/soak.sh, issue 13 item 7).
--
-- Most requests are reads, as in load.lua: list/search (/api/sheets with rotating Chinese words,
-- filters and pages) and single sheets (/api/sheets/{id}, random ids 1..SHEETS). Some are writes:
--
--   edits    PUT /api/sheets/{id} with the body a GET of that sheet returned and If-Match: "<version>".
--            Edits go to a small hot set of ids (1..EDIT_IDS) shared by every connection, so stale
--            versions happen: a 409 sheet-version-conflict is an expected answer, counted apart.
--            A sheet not yet loaded by this thread (or dropped after a 409) is first re-read (a GET).
--   imports  POST /api/imports (multipart, the seed text table SOAK_SEED with a thread id and counter
--            in the unit name so no two uploads are the same document), then POST /api/imports/{id}/save
--            as the connection's next request. A 409 duplicate-document is expected, counted apart.
--
-- wrk's response() does not say which request it answers, so answers are classified by what they
-- are: a Location header (upload), {"id":..,"version":..,"review"} (edit saved), {"id":..,"version":..
-- (sheet), {"documentId"} (import saved), a problem's type (conflict, duplicate).
--
-- Environment: SHEETS (2000), EDIT_SHARE (5, percent), IMPORT_SHARE (1, percent of uploads; each is
-- followed by a save), LIST_SHARE (50, percent of reads that are list/search), EDIT_IDS (50),
-- SOAK_SEED (a seed .txt table).
local words = {
  "就业", "公益性岗位", "培训", "满意度", "门源县", "教育", "资金", "建设",
  "医疗", "学生", "补助", "农牧", "社会效益", "完成率", "职业技能", "卫生",
}
local sheets = tonumber(os.getenv("SHEETS") or "2000")
local edit_share = tonumber(os.getenv("EDIT_SHARE") or "5")
local import_share = tonumber(os.getenv("IMPORT_SHARE") or "1")
local list_share = tonumber(os.getenv("LIST_SHARE") or "50")
local edit_ids = tonumber(os.getenv("EDIT_IDS") or "50")
local seed_path = os.getenv("SOAK_SEED") or "/work/shared/seeds/000_e43d35112f15b8de.txt"
local seed_unit = os.getenv("SOAK_SEED_UNIT") or "湟源县就业服务局"

local function encode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

local counters = { "lists", "singles", "edits", "edit_loads", "uploads", "saves",
  "ok_edit", "conflict_edit", "ok_upload", "ok_save", "duplicate", "other_non2xx", "s5xx" }

function init(args)
  math.randomseed(os.time() + id * 7919)
  for _, c in ipairs(counters) do _G[c] = 0 end
  statuses = ""          -- "code=count,..." for done(), filled from status_counts
  status_counts = {}
  cache = {}             -- sheet id -> { body = json, version = n } (this thread's last read)
  pending_saves = {}     -- import preview ids to save next
  upload_no = 0
  local f = assert(io.open(seed_path, "rb"))
  seed = f:read("*a")
  f:close()
  boundary = "----jixiaosoak" .. id
end

local function upload()
  upload_no = upload_no + 1
  local tag = string.format("%s-t%d-%d-%d", seed_unit, id, os.time(), upload_no)
  local text = seed:gsub(seed_unit, tag)
  local body = "--" .. boundary .. "\r\n"
    .. "Content-Disposition: form-data; name=\"file\"; filename=\"soak-" .. id .. "-" .. upload_no .. ".txt\"\r\n"
    .. "Content-Type: text/plain\r\n\r\n" .. text .. "\r\n--" .. boundary .. "--\r\n"
  uploads = uploads + 1
  return wrk.format("POST", "/api/imports", { ["Content-Type"] = "multipart/form-data; boundary=" .. boundary }, body)
end

local function read_list()
  lists = lists + 1
  local pick = math.random(10)
  local path
  if pick <= 5 then
    path = "/api/sheets?q=" .. encode(words[math.random(#words)]) .. "&page=" .. math.random(3)
  elseif pick <= 7 then
    path = "/api/sheets?q=" .. encode(words[math.random(#words)]) .. "&kind=project&year=2024"
  elseif pick <= 9 then
    path = "/api/sheets?page=" .. math.random(100)
  else
    path = "/api/sheets?kind=department&page=" .. math.random(20)
  end
  return wrk.format("GET", path)
end

function request()
  if #pending_saves > 0 then
    saves = saves + 1
    return wrk.format("POST", "/api/imports/" .. table.remove(pending_saves, 1) .. "/save")
  end
  local r = math.random(100)
  if r <= edit_share then
    local sid = math.random(edit_ids)
    local c = cache[sid]
    if c == nil then
      edit_loads = edit_loads + 1
      return wrk.format("GET", "/api/sheets/" .. sid)
    end
    edits = edits + 1
    return wrk.format("PUT", "/api/sheets/" .. sid,
      { ["Content-Type"] = "application/json", ["If-Match"] = '"' .. c.version .. '"' }, c.body)
  elseif r <= edit_share + import_share then
    return upload()
  end
  if math.random(100) <= list_share then
    return read_list()
  end
  singles = singles + 1
  return wrk.format("GET", "/api/sheets/" .. math.random(sheets))
end

function response(status, headers, body)
  status_counts[status] = (status_counts[status] or 0) + 1
  if status >= 500 then s5xx = s5xx + 1 end
  body = body or ""
  local head = body:sub(1, 200)
  if status == 201 and headers["Location"] and headers["Location"]:find("^/api/imports/") then
    ok_upload = ok_upload + 1
    table.insert(pending_saves, (headers["Location"]:gsub("^/api/imports/", "")))
  elseif status == 201 and head:find('"documentId"') then
    ok_save = ok_save + 1
  elseif status == 200 then
    local sid, version = head:match('^{"id":(%d+),"version":(%d+)')
    if sid then
      sid = tonumber(sid)
      if head:find('^{"id":%d+,"version":%d+,"review"') then
        ok_edit = ok_edit + 1
        if cache[sid] then cache[sid].version = tonumber(version) end
      elseif sid <= edit_ids then
        cache[sid] = { body = body, version = tonumber(version) }
      end
    end
  elseif status == 409 and body:find("sheet%-version%-conflict") then
    conflict_edit = conflict_edit + 1
    local sid = body:match("目标表 (%d+)")
    -- Which sheet conflicted is not always in the answer: drop a random cached one so it is re-read.
    cache[tonumber(sid or math.random(edit_ids))] = nil
  elseif status == 409 and body:find("duplicate%-document") then
    duplicate = duplicate + 1
  elseif status < 200 or status > 299 then
    other_non2xx = other_non2xx + 1
  end
  local parts = {}
  for code, n in pairs(status_counts) do table.insert(parts, code .. "=" .. n) end
  statuses = table.concat(parts, ",")
end

function done(summary, latency, requests)
  local totals = {}
  for _, c in ipairs(counters) do totals[c] = 0 end
  local by_status = {}
  for _, t in ipairs(threads) do
    for _, c in ipairs(counters) do totals[c] = totals[c] + (t:get(c) or 0) end
    for code, n in string.gmatch(t:get("statuses") or "", "(%d+)=(%d+)") do
      by_status[code] = (by_status[code] or 0) + tonumber(n)
    end
  end
  local codes = {}
  for code, _ in pairs(by_status) do table.insert(codes, code) end
  table.sort(codes)
  local parts = {}
  for _, code in ipairs(codes) do table.insert(parts, code .. ":" .. by_status[code]) end
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d seconds=%.1f rps=%.1f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f socket_errors=%d (connect %d, read %d, write %d, timeout %d) status5xx=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, e.connect + e.read + e.write + e.timeout, e.connect, e.read, e.write, e.timeout,
    totals.s5xx))
  io.write("STATUS " .. table.concat(parts, " ") .. "\n")
  io.write(string.format(
    "MIX lists=%d sheets=%d edit_loads=%d edits=%d edits_saved=%d edit_conflicts_409=%d uploads=%d uploads_ok=%d saves=%d saves_ok=%d duplicates_409=%d other_non2xx=%d\n",
    totals.lists, totals.singles, totals.edit_loads, totals.edits, totals.ok_edit, totals.conflict_edit,
    totals.uploads, totals.ok_upload, totals.saves, totals.ok_save, totals.duplicate, totals.other_non2xx))
end
