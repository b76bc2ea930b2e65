;;; check.el --- Drive the Agentsmith server from Emacs with eglot  -*- lexical-binding: t -*-

;; Runs in batch mode (Emacs 28 + eglot 1.9): start the server over stdio, open an agent file,
;; wait for its diagnostics (through Flymake, as a user sees them), ask for document symbols and
;; a quick fix, apply it, and wait for the diagnostic to go away.  Everything seen is written as
;; JSON to $AGENTSMITH_OUT; test/editors/run.mjs asserts on it.
;;
;;   AGENTSMITH_SERVER=/abs/dist/server.js AGENTSMITH_FILE=/ws/.claude/agents/x.md \
;;   AGENTSMITH_ROOT=/ws AGENTSMITH_OUT=/tmp/out.json AGENTSMITH_FIX_CODE=phase-tools \
;;   emacs --batch -l test/editors/check.el

;;; Code:

(require 'cl-lib)
(require 'json)
(require 'eglot)
(require 'flymake)

(defvar agentsmith-check--result nil "Plist written as the JSON result.")
(defvar agentsmith-check--steps nil "Steps reached, newest first.")

(define-derived-mode agentsmith-check-markdown-mode text-mode "Markdown"
  "Stand-in major mode: Emacs 28 ships no Markdown mode, and eglot only needs one to manage.")

(defun agentsmith-check--env (name &optional default)
  "Environment variable NAME, or DEFAULT, or an error saying it is missing."
  (or (getenv name) default (error "Environment variable %s is not set" name)))

(defun agentsmith-check--put (key value)
  "Record KEY = VALUE in the result."
  (setq agentsmith-check--result (plist-put agentsmith-check--result key value)))

(defun agentsmith-check--step (name)
  "Record that step NAME was reached."
  (push name agentsmith-check--steps))

(defun agentsmith-check--wait (seconds predicate what)
  "Process events until PREDICATE returns non-nil or SECONDS pass; on timeout signal WHAT."
  (let ((deadline (+ (float-time) seconds)))
    (while (and (not (funcall predicate)) (< (float-time) deadline))
      (accept-process-output nil 0.02))
    (or (funcall predicate) (error "Timed out after %ss waiting for %s" seconds what))))

(defvar-local agentsmith-check--via nil "Where the last diagnostics were read: flymake or eglot.")

(defun agentsmith-check--lsp-diagnostics ()
  "The server's diagnostics for this buffer as LSP plists: from Flymake when it has them."
  (let ((from-flymake (and (bound-and-true-p flymake-mode) (flymake-diagnostics)))
        (raw (lambda (d) (cdr (assoc 'eglot-lsp-diag (flymake-diagnostic-data d))))))
    (setq agentsmith-check--via (if from-flymake "flymake" "eglot"))
    (delq nil (mapcar raw (or from-flymake eglot--diagnostics)))))

(defun agentsmith-check--codes ()
  "Codes of the current diagnostics."
  (mapcar (lambda (d) (plist-get d :code)) (agentsmith-check--lsp-diagnostics)))

(defun agentsmith-check--snapshot ()
  "The current diagnostics as a vector of small plists for the JSON result."
  (vconcat
   (mapcar (lambda (d)
             (let ((start (plist-get (plist-get d :range) :start)))
               (list :code (plist-get d :code) :source (plist-get d :source)
                     :message (plist-get d :message) :severity (plist-get d :severity)
                     :line (plist-get start :line) :character (plist-get start :character))))
           (agentsmith-check--lsp-diagnostics))))

(defun agentsmith-check--count-lines (regexp)
  "Number of lines in the buffer matching REGEXP."
  (save-excursion
    (goto-char (point-min))
    (let ((n 0))
      (while (re-search-forward regexp nil t) (cl-incf n) (forward-line 1))
      n)))

(defun agentsmith-check--main ()
  "Run the whole check in the agent file's buffer."
  (let* ((server-js (agentsmith-check--env "AGENTSMITH_SERVER"))
         (file (agentsmith-check--env "AGENTSMITH_FILE"))
         (root (file-name-as-directory (agentsmith-check--env "AGENTSMITH_ROOT")))
         (seconds (/ (string-to-number (agentsmith-check--env "AGENTSMITH_TIMEOUT_MS" "15000")) 1000.0))
         (fix-code (agentsmith-check--env "AGENTSMITH_FIX_CODE" "phase-tools"))
         ;; Block in `eglot' until initialize answers, but never longer than our bound.
         (eglot-sync-connect t)
         (eglot-connect-timeout seconds)
         (eglot-autoshutdown nil))
    (agentsmith-check--put :version (format "emacs %s, %s" emacs-version
                                            (let ((lib (locate-library "eglot")))
                                              ;; The package folder says the version, e.g. eglot-1.9.
                                              (if lib (file-name-nondirectory (directory-file-name (file-name-directory lib)))
                                                "eglot"))))
    (with-current-buffer (find-file-noselect file)
      (agentsmith-check-markdown-mode)
      (eglot '(agentsmith-check-markdown-mode) (cons 'transient root) 'eglot-lsp-server
             (list "node" server-js "--stdio") "markdown")
      (agentsmith-check--wait seconds (lambda () (bound-and-true-p eglot--managed-mode)) "eglot to manage the buffer")
      (agentsmith-check--step "client started")
      ;; Flymake waits for a command loop that batch mode never runs; start it by hand so the
      ;; diagnostics reach it as they would in an interactive session.
      (flymake-mode 1)
      (flymake-start)
      (let ((server (eglot-current-server)))
        (agentsmith-check--wait seconds (lambda () (agentsmith-check--lsp-diagnostics)) "diagnostics")
        (agentsmith-check--put :diagnostics (agentsmith-check--snapshot))
        (agentsmith-check--put :diagnostics_via agentsmith-check--via)
        (agentsmith-check--step "diagnostics received")

        (agentsmith-check--put :symbols
                               (jsonrpc-request server :textDocument/documentSymbol
                                                (list :textDocument (eglot--TextDocumentIdentifier))
                                                :timeout seconds))
        (agentsmith-check--step "document symbols received")

        (let* ((target (or (cl-find fix-code (agentsmith-check--lsp-diagnostics)
                                    :key (lambda (d) (plist-get d :code)) :test #'equal)
                           (error "No %s diagnostic to fix" fix-code)))
               (actions (jsonrpc-request server :textDocument/codeAction
                                         (list :textDocument (eglot--TextDocumentIdentifier)
                                               :range (plist-get target :range)
                                               :context (list :diagnostics (vector target)
                                                              :only ["quickfix"]))
                                         :timeout seconds))
               (chosen (or (cl-find-if (lambda (a) (plist-get a :edit)) actions)
                           (error "No code action with an edit for %s" fix-code))))
          (agentsmith-check--put :code_actions
                                 (vconcat (mapcar (lambda (a)
                                                    (list :title (plist-get a :title) :kind (plist-get a :kind)
                                                          :isPreferred (if (eq (plist-get a :isPreferred) t) t :json-false)
                                                          :has_edit (if (plist-get a :edit) t :json-false)))
                                                  actions)))
          (agentsmith-check--step "code actions received")

          (agentsmith-check--put :tools_lines_before (agentsmith-check--count-lines "\\*\\*Tools\\*\\*"))
          (eglot--apply-workspace-edit (plist-get chosen :edit))
          (agentsmith-check--put :applied_fix (plist-get chosen :title))
          (agentsmith-check--put :tools_lines_after (agentsmith-check--count-lines "\\*\\*Tools\\*\\*"))
          (agentsmith-check--step "fix applied")
          ;; Send the change now instead of after eglot's idle delay.
          (eglot--signal-textDocument/didChange)
          (agentsmith-check--wait seconds
                                  (lambda () (not (member fix-code (agentsmith-check--codes))))
                                  (format "%s to disappear after the fix" fix-code))
          (agentsmith-check--put :diagnostics_after_fix (agentsmith-check--snapshot))
          (agentsmith-check--step "diagnostics refreshed after the fix"))
        (ignore-errors (eglot-shutdown server nil 3))))))

(defun agentsmith-check--write ()
  "Write the result as JSON to $AGENTSMITH_OUT."
  (agentsmith-check--put :editor "emacs")
  (agentsmith-check--put :steps (vconcat (reverse agentsmith-check--steps)))
  (with-temp-file (agentsmith-check--env "AGENTSMITH_OUT")
    (insert (json-encode agentsmith-check--result))))

(defun agentsmith-check--server-stderr ()
  "Tail of the server's stderr as eglot captured it, for the failure report."
  (mapconcat (lambda (buffer)
               (with-current-buffer buffer
                 (buffer-substring-no-properties (max (point-min) (- (point-max) 3000)) (point-max))))
             (cl-remove-if-not (lambda (b) (string-match-p "EGLOT.*stderr" (buffer-name b))) (buffer-list))
             "\n"))

(let ((ok (condition-case err
              (progn (agentsmith-check--main) t)
            (error (agentsmith-check--put :error (error-message-string err))
                   (agentsmith-check--put :server_stderr (agentsmith-check--server-stderr))
                   nil))))
  (condition-case err
      (agentsmith-check--write)
    (error (message "check.el: cannot write result: %s" (error-message-string err)) (setq ok nil)))
  (kill-emacs (if ok 0 1)))

;;; check.el ends here
