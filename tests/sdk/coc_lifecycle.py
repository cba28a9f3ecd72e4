#!/usr/bin/env python3
"""
The script and job lifecycles of COC, driven against a Drover server by the official Huawei Cloud Python SDK
(huaweicloudsdkcore + huaweicloudsdkcoc, vendored unchanged in ./huaweicloud-python), signing with an access key pair
and nothing else: only the SDK's public API (BasicCredentials, CocClient's builder, its request models).

Everything comes from the environment, never from arguments (a secret on a command line is visible to ps):
  DROVER_SDK_AK, DROVER_SDK_SK   the access key pair (POST /v1/iam/users/{user_id}/access-keys)
  DROVER_SDK_PROJECT_ID          the project the key's user works in (sent as X-Project-Id, signed)
  DROVER_SDK_ENDPOINT            the server's REST address, https://host:port
  DROVER_SDK_CA_FILE             the CA certificate(s) the server's certificate must chain to (no verification is skipped)
  DROVER_SDK_HOSTS               two enrolled hosts (resource ids, comma-separated) the tickets run on
  DROVER_SDK_REGION              their region_id (default "local")
  DROVER_SDK_NAME                a prefix that makes this run's script and job names unique
  DROVER_SDK_WAIT_SECONDS        how long a ticket may take to reach a state (default 120)

Prints "ok <step>: <what was seen>" per step and, on the first failure, "FAILED <step>: <the SDK's error>" on stdout,
then exits 1. The last lines name the ids it made, for the caller to check through Drover's own API.
"""
import os
import sys
import time
import warnings

sys.dont_write_bytecode = True  # the vendored SDK stays as it was fetched: no __pycache__ in it
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "huaweicloud-python"))

from huaweicloudsdkcore.auth.credentials import BasicCredentials  # noqa: E402
from huaweicloudsdkcore.exceptions.exceptions import SdkException  # noqa: E402
from huaweicloudsdkcore.http.http_config import HttpConfig  # noqa: E402
from huaweicloudsdkcore.warning.warning import SdkWarning  # noqa: E402
from huaweicloudsdkcoc.v1 import *  # noqa: E402,F401,F403  (the SDK's own way: every model from the package)

# A field Drover sends in a type the SDK's models do not expect only warns inside the SDK; here it is a failure.
warnings.simplefilter("error", SdkWarning)


class StepFailed(Exception):
    pass


def env(name, default=None):
    value = os.environ.get(name, default)
    if value is None or value == "":
        raise StepFailed("environment variable %s is not set" % name)
    return value


def step(name, call):
    """Runs one step; its result is printed after "ok"; any SDK error or failed expectation ends the run."""
    try:
        seen = call()
    except SdkException as e:
        status = getattr(e, "status_code", None)
        code = getattr(e, "error_code", None)
        print("FAILED %s: %s %s %s (%s)" % (name, status, code, e.error_msg, type(e).__name__), flush=True)
        sys.exit(1)
    except (StepFailed, SdkWarning, ValueError, TypeError, KeyError, AttributeError) as e:
        print("FAILED %s: %s: %s" % (name, type(e).__name__, e), flush=True)
        sys.exit(1)
    print("ok %s: %s" % (name, seen), flush=True)
    return seen


def expect(condition, message):
    if not condition:
        raise StepFailed(message)


def wait_for(what, probe, done, seconds):
    """Polls probe() until done(result) or seconds pass: tickets run asynchronously."""
    until = time.monotonic() + seconds
    last = None
    while True:
        last = probe()
        if done(last):
            return last
        if time.monotonic() > until:
            raise StepFailed("timed out after %ss waiting for %s (last: %s)" % (seconds, what, last))
        time.sleep(0.3)


def refused(call):
    """A call that must be refused by the server: answers (status, error_code)."""
    try:
        call()
    except SdkException as e:
        return getattr(e, "status_code", None), getattr(e, "error_code", None)
    raise StepFailed("the call was accepted")


def main():
    ak, sk = env("DROVER_SDK_AK"), env("DROVER_SDK_SK")
    project = env("DROVER_SDK_PROJECT_ID")
    endpoint = env("DROVER_SDK_ENDPOINT")
    ca_file = env("DROVER_SDK_CA_FILE")
    hosts = env("DROVER_SDK_HOSTS").split(",")
    expect(len(hosts) >= 2, "DROVER_SDK_HOSTS must name two hosts")
    region = env("DROVER_SDK_REGION", "local")
    name = env("DROVER_SDK_NAME")
    wait = float(env("DROVER_SDK_WAIT_SECONDS", "120"))

    config = HttpConfig.get_default_config()
    config.ssl_ca_cert = ca_file  # the server's certificate is verified against this CA file
    config.timeout = (10, 60)
    client = CocClient.new_builder() \
        .with_http_config(config) \
        .with_credentials(BasicCredentials(ak, sk, project)) \
        .with_endpoints([endpoint]) \
        .build()

    ScriptLifecycle(client, name, hosts, region, wait).run()
    JobLifecycle(client, name, hosts, region, wait).run()
    print("done", flush=True)


def target(host, region):
    return ExecuteResourceInstance(resource_id=host, region_id=region, provider="ECS", type="CLOUDSERVER")


def new_script(client, name, content, description, params=None):
    body = AddScriptModel(
        name=name, type="SHELL", content=content, description=description,
        properties=ScriptPropertiesModel(risk_level="LOW", version="1.0.0"),
        script_params=params or [])
    return client.create_script(CreateScriptRequest(body=body)).data


class ScriptLifecycle:
    """Script: create, list, get, update, execute on a host, the ticket to FINISHED, its batches and output; a ticket
    that pauses after its first batch is continued; one paused is cancelled; the script is deleted."""

    def __init__(self, client, name, hosts, region, wait):
        self.c = client
        self.name = name + "_script"
        self.hosts = hosts
        self.region = region
        self.wait = wait
        self.uuid = None

    def run(self):
        c = self.c
        step("script.list_before", lambda: "total %s" % c.list_scripts(ListScriptsRequest(limit=10)).data.total)
        step("script.check_risk", self.check_risk)
        self.uuid = step("script.create", lambda: new_script(
            c, self.name, 'echo "v1 ${greeting}"', "made by the official SDK",
            [ScriptParamDefine(param_name="greeting", param_value="hello", param_description="what to say",
                               param_order=1, sensitive=False)]))
        step("script.list", self.listed)
        step("script.get", self.get)
        step("script.update", self.update)
        step("script.get_updated", self.get_updated)

        ticket = step("script.execute", lambda: self.execute([[self.hosts[0]]], "CONTINUE"))
        step("script.ticket_finished", lambda: self.wait_status(ticket, "FINISHED"))
        step("script.tickets_list", lambda: self.listed_ticket(ticket))
        step("script.ticket_statistics", lambda: self.statistics(ticket))
        step("script.ticket_batches", lambda: self.batches(ticket, [1]))
        step("script.ticket_output", lambda: self.output(ticket, 1, self.hosts[0], "bonjour from %s\n" % self.hosts[0]))
        print("script_ticket %s" % ticket, flush=True)

        paused = step("script.execute_paused", lambda: self.execute([[self.hosts[0]], [self.hosts[1]]], "PAUSE"))
        step("script.ticket_paused", lambda: self.wait_status(paused, "PAUSED"))
        step("script.continue_order", lambda: self.operate(paused, "CONTINUE_ORDER"))
        step("script.ticket_continued_finished", lambda: self.wait_status(paused, "FINISHED"))
        step("script.ticket_batches_both", lambda: self.batches(paused, [1, 2]))
        step("script.ticket_output_batch2", lambda: self.output(paused, 2, self.hosts[1], "bonjour from %s\n" % self.hosts[1]))
        print("script_ticket_continued %s" % paused, flush=True)

        # Another body than the run above: a signed write is accepted once, and the SDK dates requests to the second.
        cancelled = step("script.execute_to_cancel", lambda: self.execute([[self.hosts[0]], [self.hosts[1]]], "PAUSE", "salut"))
        step("script.ticket_to_cancel_paused", lambda: self.wait_status(cancelled, "PAUSED"))
        step("script.cancel_order", lambda: self.operate(cancelled, "CANCEL_ORDER"))
        step("script.ticket_canceled", lambda: self.wait_status(cancelled, "CANCELED"))
        print("script_ticket_canceled %s" % cancelled, flush=True)

        step("script.delete", lambda: c.delete_script(DeleteScriptRequest(script_uuid=self.uuid)).data)
        step("script.get_deleted", lambda: "refused %s %s" % refused(lambda: c.get_script(GetScriptRequest(script_uuid=self.uuid))))
        # A path parameter holding '/': the SDK sends it as %2F and signs it as a '/'; the answer is "invalid script
        # uuid", never 401.
        step("script.get_slashed_id", lambda: "refused %s %s" % refused(
            lambda: c.get_script(GetScriptRequest(script_uuid=self.uuid + "/statistics"))))
        print("script_uuid %s" % self.uuid, flush=True)

    def check_risk(self):
        data = self.c.check_script_risk(CheckScriptRiskRequest(body=JobScriptAnalyzeRequest(content="rm -rf /"))).data
        expect(data.risk_level == "HIGH", "rm -rf / is not HIGH risk: %s" % data)
        expect(len(data.blacklist_commands) >= 1, "no finding for rm -rf /")
        return "%s, %s" % (data.risk_level, data.blacklist_commands[0].command_name)

    def listed(self):
        page = self.c.list_scripts(ListScriptsRequest(limit=10, name_like=self.name)).data
        uuids = [s.script_uuid for s in page.data]
        expect(uuids == [self.uuid], "name_like=%s lists %s" % (self.name, uuids))
        row = page.data[0]
        expect(row.name == self.name and row.type == "SHELL" and row.status == "APPROVED", "row: %s" % row)
        expect(isinstance(row.id, int), "id is not a number: %r" % row.id)
        return "%s %s %s" % (row.script_uuid, row.status, row.properties.risk_level)

    def get(self):
        s = self.c.get_script(GetScriptRequest(script_uuid=self.uuid)).data
        expect(s.content == 'echo "v1 ${greeting}"', "content: %r" % s.content)
        expect([p.param_name for p in s.script_params] == ["greeting"], "params: %s" % s.script_params)
        return "%s %s v%s" % (s.name, s.status, s.properties.version)

    def update(self):
        body = EditScriptModel(
            content='echo "${greeting} from $DROVER_RESOURCE_ID"', description="updated by the official SDK",
            properties=ScriptPropertiesModel(risk_level="LOW", version="1.0.1"),
            script_params=[ScriptParamDefine(param_name="greeting", param_value="hello", param_description="what to say",
                                             param_order=1, sensitive=False)])
        data = self.c.update_script(UpdateScriptRequest(script_uuid=self.uuid, body=body)).data
        expect(data == self.uuid, "update answered %r" % data)
        return data

    def get_updated(self):
        s = self.c.get_script(GetScriptRequest(script_uuid=self.uuid)).data
        expect(s.content == 'echo "${greeting} from $DROVER_RESOURCE_ID"', "content after update: %r" % s.content)
        expect(s.description == "updated by the official SDK" and s.properties.version == "1.0.1", "after update: %s" % s)
        expect(s.status == "APPROVED", "status after update: %s" % s.status)
        return "%s v%s" % (s.status, s.properties.version)

    def execute(self, batches, rotation, greeting="bonjour"):
        body = ScriptExecuteModel(
            execute_param=ScriptExecuteParam(
                timeout=60, success_rate=100.0, execute_user="root", resourceful=True,
                script_params=[ScriptExecuteInputParam(param_name="greeting", param_value=greeting)]),
            execute_batches=[ExecuteInstancesBatchInfo(batch_index=i + 1, rotation_strategy=rotation,
                                                       target_instances=[target(h, self.region) for h in hs])
                             for i, hs in enumerate(batches)])
        ticket = self.c.execute_script(ExecuteScriptRequest(script_uuid=self.uuid, body=body)).data
        expect(ticket.startswith("SCT"), "execute_uuid %r" % ticket)
        return ticket

    def wait_status(self, ticket, status):
        info = wait_for("ticket %s to be %s" % (ticket, status),
                        lambda: self.c.get_script_job_info(GetScriptJobInfoRequest(execute_uuid=ticket)).data,
                        lambda i: i.status == status, self.wait)
        expect(info.properties.script_uuid == self.uuid, "ticket of script %s" % info.properties.script_uuid)
        return "%s %s batch %s" % (ticket, info.status, info.properties.current_execute_batch_index)

    def listed_ticket(self, ticket):
        page = self.c.list_script_jobs(ListScriptJobsRequest(limit=100, status="FINISHED")).data
        rows = [t for t in page.data if t.execute_uuid == ticket]
        expect(len(rows) == 1, "FINISHED tickets %s lack %s" % ([t.execute_uuid for t in page.data], ticket))
        row = rows[0]
        expect(row.gmt_finished is not None and row.execute_costs is not None, "row: %s" % row)
        return "%s %s order %s" % (row.execute_uuid, row.status, row.order_id)

    def statistics(self, ticket):
        stats = self.c.get_script_job_statistics(GetScriptJobStatisticsRequest(execute_uuid=ticket)).data
        counts = {s.instance_status: s.instance_count for s in stats.execute_statistics}
        expect(stats.total_instance == 1 and counts.get("FINISHED") == 1, "statistics: %s" % stats)
        return "total %s, FINISHED %s" % (stats.total_instance, counts["FINISHED"])

    def batches(self, ticket, expected):
        rows = self.c.list_script_job_batches(ListScriptJobBatchesRequest(execute_uuid=ticket)).data
        expect([b.batch_index for b in rows] == expected, "batches: %s" % rows)
        return ", ".join("%s %s (%s)" % (b.batch_index, b.rotation_strategy, b.total_instances) for b in rows)

    def output(self, ticket, batch, host, message):
        detail = self.c.get_script_job_batch(GetScriptJobBatchRequest(execute_uuid=ticket, batch_index=batch, limit=50)).data
        expect(len(detail.execute_instances) == 1, "instances: %s" % detail.execute_instances)
        inst = detail.execute_instances[0]
        expect(inst.target_instance.resource_id == host, "host %s" % inst.target_instance.resource_id)
        expect(inst.status == "FINISHED", "instance status %s" % inst.status)
        expect(inst.message == message, "output %r, expected %r" % (inst.message, message))
        return "%s %s %r" % (host, inst.status, inst.message)

    def operate(self, ticket, operation):
        body = JobScriptOrderOperationBody(operation_type=operation)
        data = self.c.operate_script_job(OperateScriptJobRequest(execute_uuid=ticket, body=body)).data
        expect(data == ticket, "operation answered %r" % data)
        return "%s %s" % (operation, data)


class JobLifecycle:
    """Job: the atomics, create a job (YAML), get, list, update (a new version with a suspend step), execute it on the
    hosts, RESUME it at the suspend step, to Succeed, its steps and their hosts' output; TERMINATE another execution;
    delete the job."""

    def __init__(self, client, name, hosts, region, wait):
        self.c = client
        self.name = name + "_job"
        self.hosts = hosts
        self.region = region
        self.wait = wait
        self.script = None
        self.document = None

    def content(self, with_suspend):
        steps = """
          - name: greet
            task: hwc:runbook:scripts@1.0.0
            inputs:
              script_uuid: %s
              instance_list: "{{$globals.hosts}}"
              execute_user: root
              timeout: 60
              script_params: '[{"param_name":"word","param_value":"first"}]'
        """ % self.script
        if with_suspend:
            steps += """
          - name: hold
            task: hwc:runbook:suspend@1.0.0
            inputs: {}
          - name: again
            task: hwc:runbook:scripts@1.0.0
            inputs:
              script_uuid: %s
              instance_list: "{{$globals.hosts}}"
              execute_user: root
              timeout: 60
              script_params: '[{"param_name":"word","param_value":"second"}]'
        """ % self.script
        text = """
        meta:
          name: %s
          description: made by the official SDK
        inputs:
          hosts:
            type: string
            paramSource: INSTANCE
            description: the hosts
        steps:
        """ % self.name + steps
        lines = text.split("\n")
        return "\n".join(line[8:] if line.startswith(" " * 8) else line for line in lines).strip() + "\n"

    def hosts_parameter(self):
        return "[" + ",".join('{"resource_id":"%s","region_id":"%s"}' % (h, self.region) for h in self.hosts) + "]"

    def run(self):
        c = self.c
        step("job.atomics", self.atomics)
        step("job.atomic_info", self.atomic_info)
        self.script = step("job.script_create", lambda: new_script(
            c, self.name + "_step", 'echo "${word} on $DROVER_RESOURCE_ID"', "a job's step",
            [ScriptParamDefine(param_name="word", param_value="none", param_description="what to say",
                               param_order=1, sensitive=False)]))
        self.document = step("job.create", self.create)
        step("job.get", lambda: self.get("v1", 1))
        step("job.list", self.listed)
        step("job.update", self.update)
        step("job.get_updated", lambda: self.get("v2", 2))

        execution = step("job.execute", lambda: self.execute("run by the official SDK"))
        step("job.execution_pending", lambda: self.wait_status(execution, "Pending"))
        step("job.resume", lambda: self.operate(execution, "RESUME"))
        step("job.execution_succeeded", lambda: self.wait_status(execution, "Succeed"))
        step("job.executions_list", lambda: self.listed_execution(execution))
        steps = self.steps(execution)
        step("job.step_output", lambda: self.step_output(steps))
        print("job_execution %s" % execution, flush=True)

        terminated = step("job.execute_to_terminate", lambda: self.execute("to be terminated"))
        step("job.execution_to_terminate_pending", lambda: self.wait_status(terminated, "Pending"))
        step("job.terminate", lambda: self.operate(terminated, "TERMINATE"))
        step("job.execution_canceled", lambda: self.wait_status(terminated, "Canceled"))
        print("job_execution_canceled %s" % terminated, flush=True)

        step("job.delete", lambda: c.delete_document(DeleteDocumentRequest(document_id=self.document)).data)
        step("job.get_deleted", lambda: "refused %s %s" % refused(lambda: c.get_document(GetDocumentRequest(document_id=self.document))))
        step("job.script_delete", lambda: c.delete_script(DeleteScriptRequest(script_uuid=self.script)).data)
        print("job_document %s" % self.document, flush=True)

    def atomics(self):
        r = self.c.list_document_atomics(ListDocumentAtomicsRequest(limit="50", offset="0"))
        keys = [a.atomic_unique_key for a in r.data]
        expect("custom_script_execute" in keys, "atomics: %s" % keys)
        return "total %s: %s" % (r.total, ", ".join(keys))

    def atomic_info(self):
        data = self.c.get_document_atomic_info(GetDocumentAtomicInfoRequest(atomic_unique_key="custom_script_execute")).data
        keys = [i["param_key"] for i in data["inputs"]]
        expect("script_uuid" in keys, "inputs: %s" % keys)
        return "custom_script_execute inputs %s" % ", ".join(keys)

    def create(self):
        body = CreateDocumentRequestBody(name=self.name, content=self.content(False), enterprise_project_id="0",
                                         risk_level="LOW", description="made by the official SDK")
        document = self.c.create_document(CreateDocumentRequest(body=body)).data
        expect(document.startswith("DM"), "document_id %r" % document)
        return document

    def get(self, version, versions):
        data = self.c.get_document(GetDocumentRequest(document_id=self.document)).data
        expect(data["document_id"] == self.document and data["name"] == self.name, "document: %s" % data)
        expect(data["version"] == version and len(data["versions"]) == versions, "versions: %s" % data)
        expect(data["content"] == self.content(versions > 1), "content: %r" % data["content"])
        return "%s %s, %s versions" % (data["document_id"], data["version"], len(data["versions"]))

    def listed(self):
        body = self.c.list_documents(ListDocumentsRequest(limit=10, offset="0", name_like=self.name)).body
        ids = [d["document_id"] for d in body["data"]]
        expect(ids == [self.document], "name_like=%s lists %s" % (self.name, ids))
        return "total %s: %s" % (body["total"], ids[0])

    def update(self):
        body = UpdateRunbookRequestBody(name=self.name, content=self.content(True), description="with a pause", risk_level="LOW")
        data = self.c.update_document(UpdateDocumentRequest(document_id=self.document, body=body)).data
        expect(data == self.document, "update answered %r" % data)
        return data

    def execute(self, description):
        body = ExecuteDocumentRequestBody(
            parameters=[ExecuteDocumentRequestBodyParameters(key="hosts", value=self.hosts_parameter())],
            description=description)
        execution = self.c.execute_document(ExecuteDocumentRequest(document_id=self.document, body=body)).data
        expect(execution.startswith("EX"), "execution_id %r" % execution)
        return execution

    def wait_status(self, execution, status):
        data = wait_for("execution %s to be %s" % (execution, status),
                        lambda: self.c.get_execution(GetExecutionRequest(execution_id=execution)).data,
                        lambda e: e["status"] == status, self.wait)
        expect(data["document_id"] == self.document and data["document_version"] == "v2", "execution: %s" % data)
        return "%s %s" % (execution, data["status"])

    def operate(self, execution, operation):
        body = OperateExecutionRequestBody(execution_id=execution, operate_type=operation)
        self.c.operate_execution(OperateExecutionRequest(body=body))
        return "%s %s" % (operation, execution)

    def listed_execution(self, execution):
        r = self.c.list_executions(ListExecutionsRequest(limit=10, offset=0, document_id=self.document))
        rows = [e for e in r.data if e.execution_id == execution]
        expect(len(rows) == 1, "executions of %s: %s" % (self.document, [e.execution_id for e in r.data]))
        row = rows[0]
        expect(row.status == "Succeed" and row.document_version == "v2", "row: %s" % row)
        return "total %s: %s %s" % (r.total, row.execution_id, row.status)

    def steps(self, execution):
        found = []

        def listed():
            r = self.c.list_execution_steps(ListExecutionStepsRequest(execution_id=execution, limit=100, offset=0))
            seen = [(s.name, s.status) for s in r.data]
            expect(seen == [("greet", "Succeed"), ("hold", "Succeed"), ("again", "Succeed")], "steps: %s" % seen)
            expect(r.total == 3, "total %s" % r.total)
            found.extend(r.data)
            return ", ".join("%s %s %s" % (s.name, s.action, s.status) for s in r.data)

        step("job.steps", listed)
        return found

    def step_output(self, steps):
        said = []
        for run, word in ((steps[0], "first"), (steps[2], "second")):
            r = self.c.list_execution_instances(ListExecutionInstancesRequest(execution_step_id=run.execution_step_id, limit=50, offset=0))
            by_host = {i["properties"]["resource_id"]: i for i in r.data}
            expect(sorted(by_host) == sorted(self.hosts), "hosts of %s: %s" % (run.name, sorted(by_host)))
            for host, inst in sorted(by_host.items()):
                expect(inst["status"] == "Succeed", "%s on %s: %s" % (run.name, host, inst))
                expect(inst["message"] == "%s on %s\n" % (word, host), "%s on %s said %r" % (run.name, host, inst["message"]))
                said.append("%s/%s %r" % (run.name, host, inst["message"]))
        return "; ".join(said)


if __name__ == "__main__":
    try:
        main()
    except StepFailed as failure:
        print("FAILED setup: %s" % failure, flush=True)
        sys.exit(1)
