export const id = 227287;
export const ids = [227287];
export const modules = {

/***/ 9980:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   buildDrillNotification: () => (/* binding */ buildDrillNotification),
/* harmony export */   publishDrillNotification: () => (/* binding */ publishDrillNotification)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _aws_sdk_client_sns__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8797);
/* harmony import */ var _settings_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8323);
/* harmony import */ var _shared_port_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7370);
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5469);
/* harmony import */ var _rows_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5448);
// The drill's completion message (notify-topic-arn): one SNS Publish in the topic's region with the
// target-role credentials, after cleanup so it can say what is left running. A failed publish is
// a warning, never a failed drill.






/** SNS takes at most 256 KiB per message; keep room for the envelope. */
const MESSAGE_BUDGET_BYTES = 240 * 1024;
function buildDrillNotification(settings, rows, runUrl) {
    const counts = (0,_render_js__WEBPACK_IMPORTED_MODULE_3__/* .countDrillRows */ .mM)(rows);
    const left = rows.filter(row => row.recoveryInstanceId !== null && row.terminated !== true).length;
    const outcome = counts.failed > 0 || left > 0 ? 'needs attention' : 'passed';
    const accounts = settings.targets.length;
    const scope = accounts > 1 ? `${accounts} accounts` : settings.accountId;
    const subject = `DRS drill ${scope} ${outcome}: ${counts.passed} passed, ${counts.failed} failed`
        .replace(/[^\x20-\x7e]/g, '')
        .slice(0, 100);
    const lines = [
        `DRS drill for ${accounts > 1 ? scope : `account ${scope}`} in ${settings.targetRegion}: ${outcome}.`,
        `Run: ${runUrl || '(not available)'}`,
        (0,_render_js__WEBPACK_IMPORTED_MODULE_3__/* .drillLogLine */ .sy)(rows),
        ...(left > 0
            ? [`${left} drill instance(s) still running (kept or not confirmed terminated).`]
            : []),
        '',
        'Needs attention:'
    ];
    let size = Buffer.byteLength(lines.join('\n'));
    for (const row of (0,_rows_js__WEBPACK_IMPORTED_MODULE_4__/* .sortDrillRows */ .ve)(rows).filter(_rows_js__WEBPACK_IMPORTED_MODULE_4__/* .drillNeedsAttention */ .vc)) {
        const line = `- ${accounts > 1 ? `${row.accountId ?? ''} ` : ''}${row.region ?? '(no region)'} ${row.instanceId ?? '(whole region)'} ${row.status}${row.message ? `: ${row.message}` : ''}`.slice(0, 600);
        size += Buffer.byteLength(line) + 1;
        if (size > MESSAGE_BUDGET_BYTES)
            break;
        lines.push(line);
    }
    return { subject, message: lines.join('\n') };
}
async function publishDrillNotification(settings, clients, rows, runUrl, port) {
    const topicArn = settings.notifyTopicArn;
    if (!topicArn)
        return;
    try {
        const { subject, message } = buildDrillNotification(settings, rows, runUrl);
        const input = { TopicArn: topicArn, Subject: subject, Message: message };
        if (topicArn.endsWith('.fifo')) {
            input.MessageGroupId = 'drs-orchestration';
            input.MessageDeduplicationId = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
                .update([settings.accountId, settings.run.runId, settings.run.runAttempt, 'drill', message].join('\n'))
                .digest('hex');
        }
        await clients.sns((0,_settings_index_js__WEBPACK_IMPORTED_MODULE_1__/* .regionOfTopic */ .ni)(topicArn)).send(new _aws_sdk_client_sns__WEBPACK_IMPORTED_MODULE_5__.PublishCommand(input));
        port.info(`Drill notification published to ${topicArn}.`);
    }
    catch (error) {
        port.warning(`Could not publish the drill notification to ${topicArn} (${(0,_shared_port_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}); the drill itself is unaffected. ` +
            'Check that the target role may sns:Publish to the topic.');
    }
}


/***/ })

};
