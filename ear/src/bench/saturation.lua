-- wrk script of ./epr bench --saturation (run-bench.sh, docs/performance.md):
--   wrk -t T -c C -d S --latency -s saturation.lua http://localhost:9090 -- OPERATION TARGETS_DIR T
-- OPERATION: read   GET /fhir/Patient/<id>                                      expects 200 and a Patient
--            search GET /fhir/Patient?identifier=https://fhir.nhs.uk/Id/nhs-number%7C<nhs>  expects 200, total 1
--            create POST /fhir/Patient, a new NHS number each request           expects 201
--            medicines GET /fhir/MedicationStatement?patient=...  allergies GET /fhir/AllergyIntolerance?patient=...
--            worklist GET /fhir/MedicationRequest?verification=awaiting&_count=20[&service|&high-risk] (pharmacist's token)
--            observations-long|small, notes-long|small, conditions-long|small: GET /fhir/Observation|DocumentReference|Condition
--                   ?patient=... over the long or small records of the case record summary benchmark
--                                                                      each expects 200 and a Bundle
-- TARGETS_DIR holds what SaturationTargets wrote: tokens.txt (one bearer token per bench trust), read.txt and
-- search.txt (trust <TAB> path), numbers.txt, create-starts.txt and create-templates.txt.
-- Every request carries the bearer token of the trust it is for; requests rotate over the trusts. Each thread
-- counts the status codes and bodies that are not what was expected; done() prints them with the latency
-- percentiles as "sat.<key>=<value>" lines for SaturationReport.

local threads = {}
local nthreads_set = 0

function setup(thread)
   thread:set("id", nthreads_set)
   nthreads_set = nthreads_set + 1
   table.insert(threads, thread)
end

local function read_lines(path)
   local lines = {}
   local f = assert(io.open(path, "r"))
   for line in f:lines() do
      if line ~= "" then lines[#lines + 1] = line end
   end
   f:close()
   return lines
end

local op, expected, check
local headers = {}          -- per trust (1-based): the request headers with its bearer token
local trusts = 0
local target_trust, target_path = {}, {}
local numbers, pos, templates = {}, {}, {}
local n = 0

function init(args)
   op = args[1]
   local dir = args[2]
   local nthreads = tonumber(args[3])
   statuses, bad_body, exhausted = {}, 0, 0   -- globals: done() reads them with thread:get
   local token_file = op == "worklist" and "/tokens-pharmacist.txt" or "/tokens.txt"
   for i, token in ipairs(read_lines(dir .. token_file)) do
      headers[i] = {
         ["Authorization"] = "Bearer " .. token,
         ["Accept"] = "application/fhir+json",
         ["User-Agent"] = "openepr-bench-wrk",
      }
      if op == "create" then headers[i]["Content-Type"] = "application/fhir+json" end
      trusts = i
   end
   local recordOp = op:match("^observations%-") or op:match("^notes%-") or op:match("^conditions%-")
   if op == "read" or op == "search" or op == "medicines" or op == "allergies" or op == "worklist" or recordOp then
      expected = 200
      expected_status = expected
      check = (op == "read" and '"resourceType":"Patient"') or (op == "search" and '"total":1[,}]') or '"resourceType":"Bundle"'
      for _, line in ipairs(read_lines(dir .. "/" .. op .. ".txt")) do
         local t, path = line:match("^(%d+)\t(.+)$")
         target_trust[#target_trust + 1] = tonumber(t) + 1
         target_path[#target_path + 1] = path
      end
      -- the threads start at different places in the list
      n = math.floor(#target_path * id / nthreads)
   elseif op == "create" then
      expected = 201
      expected_status = expected
      numbers = read_lines(dir .. "/numbers.txt")
      -- thread id takes positions start+id, start+id+T, ... of each trust's free numbers: no two requests share one
      for _, line in ipairs(read_lines(dir .. "/create-starts.txt")) do
         local t, start = line:match("^(%d+)\t(%d+)$")
         pos[tonumber(t) + 1] = tonumber(start) + 1 + id
      end
      step = nthreads
      for _, line in ipairs(read_lines(dir .. "/create-templates.txt")) do
         local t, before, after = line:match("^(%d+)\t([^\t]*)\t([^\t]*)$")
         t = tonumber(t) + 1
         templates[t] = templates[t] or {}
         table.insert(templates[t], { before, after })
      end
      n = id
   else
      error("unknown operation " .. tostring(op) .. " (read, search, create, medicines, allergies, worklist,"
         .. " observations-long|small, notes-long|small, conditions-long|small)")
   end
end

function request()
   n = n + 1
   if op == "create" then
      local t = n % trusts + 1
      local p = pos[t]
      pos[t] = p + step
      local nhs = numbers[p]
      if nhs == nil then
         exhausted = exhausted + 1
         nhs = numbers[#numbers]
      end
      local tpl = templates[t][n % #templates[t] + 1]
      return wrk.format("POST", "/fhir/Patient", headers[t], tpl[1] .. nhs .. tpl[2])
   end
   local i = n % #target_path + 1
   return wrk.format("GET", target_path[i], headers[target_trust[i]])
end

function response(status, _, body)
   statuses[status] = (statuses[status] or 0) + 1
   if status == expected and check and not (body and body:find(check)) then
      bad_body = bad_body + 1
   end
end

function done(summary, latency, requests)
   local codes, bad, out_of_numbers = {}, 0, 0
   local expected_status = threads[1] and threads[1]:get("expected_status") or 0
   for _, thread in ipairs(threads) do
      for code, count in pairs(thread:get("statuses") or {}) do
         codes[code] = (codes[code] or 0) + count
      end
      bad = bad + (thread:get("bad_body") or 0)
      out_of_numbers = out_of_numbers + (thread:get("exhausted") or 0)
   end
   local e = summary.errors
   local lines = {
      string.format("sat.requests=%d", summary.requests),
      string.format("sat.duration.us=%d", summary.duration),
      string.format("sat.bytes=%d", summary.bytes),
      string.format("sat.errors.connect=%d", e.connect),
      string.format("sat.errors.read=%d", e.read),
      string.format("sat.errors.write=%d", e.write),
      string.format("sat.errors.timeout=%d", e.timeout),
      string.format("sat.errors.status.wrk=%d", e.status),
      string.format("sat.expected.status=%d", expected_status),
      string.format("sat.bad.body=%d", bad),
      string.format("sat.exhausted.numbers=%d", out_of_numbers),
      string.format("sat.latency.mean.us=%.1f", latency.mean),
      string.format("sat.latency.stdev.us=%.1f", latency.stdev),
      string.format("sat.latency.max.us=%d", latency.max),
   }
   for _, p in ipairs({ 50, 75, 90, 95, 99, 99.9 }) do
      lines[#lines + 1] = string.format("sat.latency.p%s.us=%d", tostring(p), latency:percentile(p))
   end
   for code, count in pairs(codes) do
      lines[#lines + 1] = string.format("sat.status.%d=%d", code, count)
   end
   io.write(table.concat(lines, "\n") .. "\n")
end
