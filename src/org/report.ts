// The org-wide report, by job: report-settings (inputs), globs, results-files (reading rows back),
// org-report (the value), org-summary (its markdown and log line).
export * from './report-settings.js'
export * from './globs.js'
export * from './results-files.js'
export * from './org-report.js'
export * from './org-summary.js'
