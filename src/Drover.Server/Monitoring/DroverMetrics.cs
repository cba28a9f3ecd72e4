using Prometheus;

namespace Drover.Server.Monitoring;

/// <summary>
/// The server's Prometheus metrics, all named <c>drover_</c>, in a registry of this server's own (several servers share
/// a process in the tests). What this replica did (API requests, dispatches it saw start, output it stored, agents it
/// admitted) is counted as it happens; what the cluster holds (tickets, running hosts, agents online) is read from the
/// database at each scrape (<see cref="StateGauges"/>), so every replica answers the same for it.
/// </summary>
public sealed class DroverMetrics
{
    public CollectorRegistry Registry { get; } = Metrics.NewCustomRegistry();

    public DroverMetrics()
    {
        var f = Metrics.WithCustomRegistry(Registry);
        Tickets = f.CreateGauge("drover_tickets", "Script tickets by status.", "status");
        Executions = f.CreateGauge("drover_executions", "Job executions by status.", "status");
        HostsRunning = f.CreateGauge("drover_hosts_running", "Hosts of open tickets whose script is running now (PROCESSING).");
        AgentsOnline = f.CreateGauge("drover_agents_online", "Hosts whose agent is connected, by project.", "project");
        DispatchLatency = f.CreateHistogram("drover_dispatch_latency_seconds",
            "From a host's dispatch committed to its agent's start report applied, by this replica's ticket writers.",
            new HistogramConfiguration { Buckets = Histogram.ExponentialBuckets(0.005, 2, 14) });
        ApiLatency = f.CreateHistogram("drover_api_request_duration_seconds",
            "API requests answered by this replica, by method, route and status code (event streams excluded: they last as long as their watcher).",
            new HistogramConfiguration { LabelNames = ["method", "route", "code"], Buckets = Histogram.ExponentialBuckets(0.001, 2, 15) });
        OutputBytes = f.CreateCounter("drover_output_bytes_total", "Bytes of hosts' output stored by this replica.");
        Admissions = f.CreateCounter("drover_agent_admissions_total", "Agent hellos this replica admitted or refused (admission control).", "outcome");
        AgentsRegistering = f.CreateGauge("drover_agents_registering", "Agent hellos this replica is registering now.");
        AgentsQueued = f.CreateGauge("drover_agents_queued", "Agent hellos waiting for admission on this replica now.");
        EventStreams = f.CreateGauge("drover_event_streams_open", "Event and output streams this replica is serving now.");
    }

    public Gauge Tickets { get; }
    public Gauge Executions { get; }
    public Gauge HostsRunning { get; }
    public Gauge AgentsOnline { get; }
    public Histogram DispatchLatency { get; }
    public Histogram ApiLatency { get; }
    public Counter OutputBytes { get; }
    public Counter Admissions { get; }
    public Gauge AgentsRegistering { get; }
    public Gauge AgentsQueued { get; }
    public Gauge EventStreams { get; }
}
