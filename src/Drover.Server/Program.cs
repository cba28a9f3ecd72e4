using Drover.Server.Hosting;

var app = DroverServer.Build(args);
await app.RunAsync();

/// <summary>Visible to WebApplicationFactory-style test hosts.</summary>
public partial class Program;
