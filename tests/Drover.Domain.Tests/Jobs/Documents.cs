namespace Drover.Domain.Tests.Jobs;

/// <summary>Sample documents for the parser tests.</summary>
public static class Documents
{
    /// <summary>The reference §5.1 example, with the executeAPI step given Drover's inputs (method, url, ...).</summary>
    public const string ReferenceExample = """
        meta:
          name: test_document          # document name
          schemaVersion: 3
          description: ""
        inputs:                        # global parameters (map name -> definition)
          global_param1:
            type: string
            default: "global_test"
            paramSource: CUSTOM
            description: global param description
          instance_list:
            type: string
            default: '[{"name":"vm1","resource_id":"ecs-1","region_id":"cn-north-4","provider":"ECS","type":"CLOUDSERVERS"}]'
            paramSource: INSTANCE
            region: cn-north-4
        steps:
          - name: pause
            description: pause
            task: hwc:runbook:suspend@1.0.0
            inputs: {}
            outputs: []
          - name: run-script
            task: hwc:runbook:scripts@1.0.0
            inputs:
              wait_uniagent_time: 0
              script_uuid: SC20250101000000abcdef012
              instance_list: "{{$globals.instance_list}}"
              execute_user: root
              timeout: 300
              script_params: '[{"param_name":"name","param_value":"zhangsan"}]'
            outputs: []
          - name: query-task
            task: hwc:runbook:executeAPI@1.0.0
            inputs: {method: GET, url: "https://ecs.example.com/v1/servers?name={{$globals.global_param1}}",
                     headers: '{"Accept":"application/json"}', timeout: 30}
            outputs:
              - {name: servers, selector: .servers, type: String}
          - name: use-it
            task: hwc:runbook:executeAPI@1.0.0
            inputs:
              method: POST
              url: https://ecs.example.com/v1/report
              body: '{"servers": {{$steps.query-task.outputs.servers}}}'
        """;

    /// <summary>A valid document with a <c>STEPS</c> placeholder to replace with one or more steps.</summary>
    public const string Frame = """
        meta:
          name: frame
        inputs:
          hosts:
            default: '[{"resource_id":"h1","region_id":"local"}]'
          who:
            default: root
        steps:
        STEPS
        """;

    public static string WithSteps(string steps) => Frame.Replace("STEPS", steps);

    public const string SleepStep = """
          - name: nap
            task: hwc:runbook:sleep@1.0.0
            inputs: {seconds: 5}
        """ + "\n";

    public const string QueryStep = """
          - name: query
            task: hwc:runbook:executeAPI@1.0.0
            inputs: {method: GET, url: "https://api.example.com/x"}
            outputs:
              - name: id
                selector: .items[0].id
        """ + "\n";
}
