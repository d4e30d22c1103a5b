// The org-wide report, by job: report-settings (inputs), globs, results-files (reading rows back),
// row-shapes (install, check and drill rows told apart), org-report (the value) with org-parts
// (its check and drill parts), org-summary and org-sections (its markdown and log line).
export * from './report-settings.js'
export * from './globs.js'
export * from './results-files.js'
export * from './row-shapes.js'
export * from './org-report.js'
export * from './org-parts.js'
export * from './org-sections.js'
export * from './org-summary.js'
