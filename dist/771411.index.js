export const id = 771411;
export const ids = [771411];
export const modules = {

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
