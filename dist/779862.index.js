export const id = 779862;
export const ids = [443,669];
export const modules = {

/***/ 443:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   buildCheckNotification: () => (/* binding */ buildCheckNotification),
/* harmony export */   publishCheckNotification: () => (/* binding */ publishCheckNotification)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_sns__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8797);
/* harmony import */ var _report_notify_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4669);
/* harmony import */ var _settings_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8323);
/* harmony import */ var _shared_port_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7370);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3904);
/* harmony import */ var _rows_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1931);
// The check's message: one SNS Publish in the topic's own region, with the target-role
// credentials, when notify-topic-arn is set. A failed publish is a warning, never a failed check.






const LINE_MAX_CHARS = 600;
function line(row) {
    const where = [row.accountId, row.region ?? '(no region)', row.instanceId ?? '(whole region)'];
    const name = row.name ? ` (${row.name})` : '';
    const text = `- ${where.join(' ')}${name} ${row.status}: ${(row.message ?? '').replace(/\s+/g, ' ')}`;
    return text.length > LINE_MAX_CHARS ? `${text.slice(0, LINE_MAX_CHARS - 1)}…` : text;
}
/** Subject and message of the check's notification. Pure. */
function buildCheckNotification(settings, rows, runUrl) {
    const accounts = settings.targets?.length ?? 1;
    const scope = accounts > 1 ? `${accounts} accounts` : settings.accountId;
    const failOn = new Set(settings.failOn);
    const failing = rows.filter(row => failOn.has(row.status) || row.status === 'failed').length;
    const coverage = (0,_rows_js__WEBPACK_IMPORTED_MODULE_4__/* .coverageOf */ ._5)(rows);
    const outcome = failing > 0 ? 'needs attention' : 'ok';
    const subject = `DRS protection check ${scope} ${outcome}: coverage ${coverage}%`;
    const attention = (0,_rows_js__WEBPACK_IMPORTED_MODULE_4__/* .sortCheckRows */ .Cf)(rows).filter(_rows_js__WEBPACK_IMPORTED_MODULE_4__/* .needsAttention */ .e_);
    let message = [
        `DRS protection check for ${accounts > 1 ? scope : `account ${scope}`}: ${outcome}.`,
        '',
        `Run: ${runUrl || '(not available)'}`,
        `Source regions: ${settings.sourceRegions.join(', ')}; target region ${settings.targetRegion}`,
        `Coverage: ${coverage}% of ${rows.filter(_rows_js__WEBPACK_IMPORTED_MODULE_4__/* .isCoverageRow */ .Xd).length} running matching instances`,
        `By status: ${(0,_report_js__WEBPACK_IMPORTED_MODULE_3__/* .checkBreakdown */ .oe)((0,_rows_js__WEBPACK_IMPORTED_MODULE_4__/* .countCheckStatuses */ .ap)(rows)) || 'no rows'}`,
        `Failing per fail-on: ${failing}`,
        '',
        attention.length === 0 ? 'Nothing needs attention.' : `Needs attention (${attention.length}):`,
        ''
    ].join('\n');
    const budget = _report_notify_js__WEBPACK_IMPORTED_MODULE_0__.MESSAGE_BUDGET_BYTES - 200;
    let listed = 0;
    for (const row of attention) {
        const next = `${line(row)}\n`;
        if (Buffer.byteLength(message + next) > budget)
            break;
        message += next;
        listed++;
    }
    if (listed < attention.length) {
        message += `… and ${attention.length - listed} more; the run's summary and results-file list them all.\n`;
    }
    return { subject: subject.replace(/[^\x20-\x7e]/g, '').slice(0, 100), message };
}
/** Publishes the notification; never throws (a failure is a warning). Needs loadSnsClient(). */
async function publishCheckNotification(settings, clients, rows, runUrl, port) {
    const topicArn = settings.notifyTopicArn;
    if (!topicArn)
        return;
    try {
        const { subject, message } = buildCheckNotification(settings, rows, runUrl);
        const fifo = topicArn.endsWith('.fifo')
            ? {
                MessageGroupId: 'drs-orchestration',
                MessageDeduplicationId: `check-${settings.accountId}-${settings.run.runId}-${settings.run.runAttempt}`
            }
            : {};
        const sns = clients.sns((0,_settings_index_js__WEBPACK_IMPORTED_MODULE_1__/* .regionOfTopic */ .ni)(topicArn));
        const out = await sns.send(new _aws_sdk_client_sns__WEBPACK_IMPORTED_MODULE_5__.PublishCommand({ TopicArn: topicArn, Subject: subject, Message: message, ...fifo }));
        port.info(`Notification published to ${topicArn}${out.MessageId ? ` (message ${out.MessageId})` : ''}.`);
    }
    catch (error) {
        port.warning(`Could not publish the notification to ${topicArn} (${(0,_shared_port_js__WEBPACK_IMPORTED_MODULE_2__/* .errorCode */ .CA)(error)}: ${(0,_shared_port_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}). ` +
            'The check itself is unaffected. Check that the target role may sns:Publish to the topic and that the topic policy allows it.');
    }
}


/***/ }),

/***/ 4669:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MESSAGE_BUDGET_BYTES: () => (/* binding */ MESSAGE_BUDGET_BYTES),
/* harmony export */   buildNotification: () => (/* binding */ buildNotification),
/* harmony export */   publishNotification: () => (/* binding */ publishNotification)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _aws_sdk_client_sns__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8797);
/* harmony import */ var _settings_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8323);
/* harmony import */ var _shared_port_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7370);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8850);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5655);
// The completion message: one SNS Publish in the topic's own region, with the target-role
// credentials. A notification is a courtesy: a failed publish is a warning, never a failed run.






/** SNS takes at most 256 KiB per message; keep room for the attributes and the envelope. */
const MESSAGE_BUDGET_BYTES = 240 * 1024;
const SUBJECT_MAX = 100;
const LINE_MAX_CHARS = 600;
/** SNS subjects must be printable ASCII on one line, at most 100 characters. */
function asciiSubject(text) {
    return text
        .normalize('NFKD')
        .replace(/[^\x20-\x7e]/g, '')
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, SUBJECT_MAX);
}
function attentionLine(row, withAccount = false) {
    const where = [
        ...(withAccount ? [row.accountId ?? '(no account)'] : []),
        row.region ?? '(no region)',
        row.instanceId ?? '(whole region)'
    ].join(' ');
    const name = row.name ? ` (${row.name})` : '';
    const message = row.message ? `: ${row.message.replace(/\s+/g, ' ')}` : '';
    const line = `- ${where}${name} ${row.status}${message}`;
    return line.length > LINE_MAX_CHARS ? `${line.slice(0, LINE_MAX_CHARS - 1)}…` : line;
}
/** Subject and message for the completion notification. Pure, so it can be tested as text. */
function buildNotification(settings, source, runUrl) {
    const report = (0,_report_js__WEBPACK_IMPORTED_MODULE_3__/* .asReport */ .z)(source);
    const { counts } = report;
    const outcome = counts.failedCount > 0 ? 'needs attention' : 'done';
    // One message covers every account of a many-account run.
    const many = settings.targets.length > 1;
    const who = many ? `${settings.targets.length} accounts` : settings.accountId;
    const subject = asciiSubject(`DRS agent roll-out ${who} ${outcome}: ${counts.installedCount} installed, ` +
        `${counts.failedCount} failed, ${counts.skippedCount} skipped of ${counts.instanceCount}`);
    const run = settings.run;
    const header = [
        `DRS agent roll-out for ${many ? who : `account ${who}`}: ${outcome}.`,
        '',
        `Run: ${runUrl || '(not available)'}`,
        ...(run.repository
            ? [
                `Repository: ${run.repository}, workflow ${run.workflow || '?'}, run ${run.runId} attempt ${run.runAttempt}`
            ]
            : []),
        many ? `Role name: ${settings.roleName ?? settings.roleArn}` : `Role: ${settings.roleArn}`,
        `Source regions: ${settings.sourceRegions.join(', ')}`,
        `Target region: ${settings.targetRegion}`,
        `Wait for: ${settings.waitFor} (bound ${settings.timeoutMinutes} min)${settings.dryRun ? ', dry run: nothing was sent' : ''}`,
        '',
        `Instances: ${counts.instanceCount}`,
        `Installed: ${counts.installedCount}`,
        `Failed or timed out: ${counts.failedCount}`,
        `Skipped: ${counts.skippedCount}`,
        `By status: ${(0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .statusBreakdown */ .kE)(report.byStatus, ', ', true) || 'no rows'}`
    ].join('\n');
    const { attention } = report;
    if (attention.length === 0) {
        return { subject, message: `${header}\n\nNo instance needs attention.\n` };
    }
    let message = `${header}\n\nNeeds attention (${attention.length}):\n`;
    // Reserve room for the closing line so it always fits.
    const budget = MESSAGE_BUDGET_BYTES - 200;
    let size = (0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .bytes */ .ee)(message);
    let listed = 0;
    for (const row of attention) {
        const line = `${attentionLine(row, many)}\n`;
        size += (0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .bytes */ .ee)(line);
        if (size > budget)
            break;
        message += line;
        listed++;
    }
    if (listed < attention.length) {
        message += `… and ${attention.length - listed} more; the run's summary and results-file list them all.\n`;
    }
    return { subject, message };
}
/**
 * Publishes the completion message when notify-topic-arn is set. Never throws: a failure is
 * reported through port.warning, since the roll-out itself is already done.
 */
async function publishNotification(settings, clients, rows, runUrl, port) {
    const topicArn = settings.notifyTopicArn;
    if (!topicArn)
        return;
    try {
        const { subject, message } = buildNotification(settings, rows, runUrl);
        const input = { TopicArn: topicArn, Subject: subject, Message: message };
        if (topicArn.endsWith('.fifo')) {
            // FIFO topics need a group; the deduplication id keeps a retried publish of one run single.
            input.MessageGroupId = 'drs-orchestration';
            input.MessageDeduplicationId = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
                .update([settings.accountId, settings.run.runId, settings.run.runAttempt, message].join('\n'))
                .digest('hex');
        }
        const out = await clients.sns((0,_settings_index_js__WEBPACK_IMPORTED_MODULE_1__/* .regionOfTopic */ .ni)(topicArn)).send(new _aws_sdk_client_sns__WEBPACK_IMPORTED_MODULE_5__.PublishCommand(input));
        port.info(`Notification published to ${topicArn}${out.MessageId ? ` (message ${out.MessageId})` : ''}.`);
    }
    catch (error) {
        const code = (0,_shared_port_js__WEBPACK_IMPORTED_MODULE_2__/* .errorCode */ .CA)(error);
        const message = (0,_shared_port_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error);
        port.warning(`Could not publish the notification to ${topicArn} (${message.startsWith(code) ? message : `${code}: ${message}`}). ` +
            'The roll-out itself is unaffected. Check that the target role may sns:Publish to the topic ' +
            '(and use its KMS key, if the topic is encrypted) and that the topic policy allows it.');
    }
}


/***/ })

};
