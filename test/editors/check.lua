-- Drives the Agentsmith server from headless Neovim (0.7+) the way a user's config would:
-- start the client over stdio, open an agent file, wait for diagnostics, ask for document
-- symbols and a quick fix, apply it, and wait for the diagnostic to go away. Everything seen is
-- written as JSON to $AGENTSMITH_OUT; test/editors/run.mjs asserts on it.
--
--   AGENTSMITH_SERVER=/abs/dist/server.js AGENTSMITH_FILE=/ws/.claude/agents/x.md \
--   AGENTSMITH_ROOT=/ws AGENTSMITH_OUT=/tmp/out.json AGENTSMITH_FIX_CODE=phase-tools \
--   nvim --headless --clean -n -c 'luafile test/editors/check.lua'

local env = vim.env
local timeout = tonumber(env.AGENTSMITH_TIMEOUT_MS or '') or 15000
local fix_code = env.AGENTSMITH_FIX_CODE or 'phase-tools'
local out = { editor = 'neovim', steps = {} }

local function step(name)
  table.insert(out.steps, name)
end

local function encode(value)
  if vim.json and vim.json.encode then return vim.json.encode(value) end
  return vim.fn.json_encode(value)
end

local function write_out()
  local f = assert(io.open(env.AGENTSMITH_OUT, 'w'))
  f:write(encode(out))
  f:close()
end

-- What the server published, as plain records (vim.diagnostic keeps the LSP fields we need).
local function snapshot(bufnr, ns)
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr, { namespace = ns })) do
    table.insert(list, {
      code = d.code, source = d.source, message = d.message, severity = d.severity,
      line = d.lnum, col = d.col, end_line = d.end_lnum, end_col = d.end_col,
    })
  end
  table.sort(list, function(a, b) return a.line < b.line or (a.line == b.line and a.col < b.col) end)
  return list
end

local function has_code(bufnr, ns, code)
  for _, d in ipairs(vim.diagnostic.get(bufnr, { namespace = ns })) do
    if d.code == code then return d end
  end
  return nil
end

-- Back to an LSP diagnostic for the codeAction context. The fixture is ASCII, so byte columns
-- equal UTF-16 characters; `data` carries the server's fix.
local function to_lsp(d)
  local lsp = (d.user_data and d.user_data.lsp) or {}
  return {
    range = { start = { line = d.lnum, character = d.col }, ['end'] = { line = d.end_lnum, character = d.end_col } },
    severity = d.severity, message = d.message, source = d.source, code = d.code, data = lsp.data,
  }
end

local function count_lines(bufnr, pattern)
  local n = 0
  for _, l in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
    if l:find(pattern) then n = n + 1 end
  end
  return n
end

local function main()
  local v = vim.version()
  out.version = string.format('%d.%d.%d', v.major, v.minor, v.patch)
  local exited = false
  local client_id = vim.lsp.start_client({
    name = 'agentsmith',
    cmd = { 'node', env.AGENTSMITH_SERVER, '--stdio' },
    root_dir = env.AGENTSMITH_ROOT,
    workspace_folders = { { uri = vim.uri_from_fname(env.AGENTSMITH_ROOT), name = 'editors-test' } },
    on_exit = function(code, signal)
      exited = true
      out.server_exit = { code = code, signal = signal }
    end,
  })
  assert(client_id, 'vim.lsp.start_client returned nil')
  step('client started')

  vim.cmd('edit ' .. vim.fn.fnameescape(env.AGENTSMITH_FILE))
  local bufnr = vim.api.nvim_get_current_buf()
  if vim.bo[bufnr].filetype == '' then vim.bo[bufnr].filetype = 'markdown' end
  out.filetype = vim.bo[bufnr].filetype
  assert(vim.lsp.buf_attach_client(bufnr, client_id), 'buf_attach_client failed')
  step('buffer attached')

  local ns = vim.lsp.diagnostic.get_namespace(client_id)
  local arrived = vim.wait(timeout, function()
    return exited or #vim.diagnostic.get(bufnr, { namespace = ns }) > 0
  end, 20)
  assert(not exited, 'the server exited before publishing diagnostics')
  assert(arrived, string.format('no diagnostics within %d ms', timeout))
  out.diagnostics = snapshot(bufnr, ns)
  step('diagnostics received')

  local text_document = vim.lsp.util.make_text_document_params(bufnr)
  local symbols = vim.lsp.buf_request_sync(bufnr, 'textDocument/documentSymbol', { textDocument = text_document }, timeout)
  assert(symbols and symbols[client_id], 'no documentSymbol response')
  assert(not symbols[client_id].err, 'documentSymbol error: ' .. vim.inspect(symbols[client_id].err))
  out.symbols = symbols[client_id].result or {}
  step('document symbols received')

  local target = has_code(bufnr, ns, fix_code)
  assert(target, 'no ' .. fix_code .. ' diagnostic to fix')
  local lsp_diag = to_lsp(target)
  local actions = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', {
    textDocument = text_document,
    range = lsp_diag.range,
    context = { diagnostics = { lsp_diag }, only = { 'quickfix' } },
  }, timeout)
  assert(actions and actions[client_id], 'no codeAction response')
  assert(not actions[client_id].err, 'codeAction error: ' .. vim.inspect(actions[client_id].err))
  out.code_actions = {}
  local chosen
  for _, a in ipairs(actions[client_id].result or {}) do
    table.insert(out.code_actions, { title = a.title, kind = a.kind, isPreferred = a.isPreferred, has_edit = a.edit ~= nil })
    if not chosen and a.edit then chosen = a end
  end
  assert(chosen, 'no code action with an edit for ' .. fix_code)
  step('code actions received')

  local pattern = '%*%*Tools%*%*'
  out.tools_lines_before = count_lines(bufnr, pattern)
  vim.lsp.util.apply_workspace_edit(chosen.edit, 'utf-16')
  out.applied_fix = chosen.title
  out.tools_lines_after = count_lines(bufnr, pattern)
  step('fix applied')

  -- The edit reaches the server as a didChange; wait for its diagnostics without that code.
  local fixed = vim.wait(timeout, function()
    return exited or has_code(bufnr, ns, fix_code) == nil
  end, 20)
  assert(not exited, 'the server exited after the fix')
  assert(fixed, string.format('%s still reported %d ms after the fix', fix_code, timeout))
  out.diagnostics_after_fix = snapshot(bufnr, ns)
  step('diagnostics refreshed after the fix')

  vim.lsp.stop_client(client_id)
  vim.wait(3000, function() return exited end, 20)
end

local ok, err = xpcall(main, debug.traceback)
if not ok then
  out.error = tostring(err)
  -- The client log holds the server's stderr and any RPC errors: keep its tail for the report.
  local log = io.open(vim.lsp.get_log_path(), 'r')
  if log then
    out.server_stderr = log:read('*a'):sub(-3000)
    log:close()
  end
end
local wrote, werr = pcall(write_out)
if not wrote then io.stderr:write('check.lua: cannot write result: ' .. tostring(werr) .. '\n') end
vim.cmd(ok and wrote and 'qall!' or 'cquit! 1')
