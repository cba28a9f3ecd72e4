using System.Diagnostics;

namespace Drover.Bench.Rig;

/// <summary>The checkout the bench runs from, and the Release builds of the server and the agent it measures.</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string ServerDll => Path.Combine(Root, "src/Drover.Server/bin/Release/net10.0/Drover.Server.dll");
    public static string AgentDll => Path.Combine(Root, "src/Drover.Agent/bin/Release/net10.0/drover-agent.dll");

    /// <summary>Builds the server and the agent in Release (what an operator deploys): Debug builds measure the JIT's worst.</summary>
    public static void BuildRelease()
    {
        foreach (var project in new[] { "src/Drover.Server/Drover.Server.csproj", "src/Drover.Agent/Drover.Agent.csproj" })
        {
            Console.Error.WriteLine($"building {project} (Release)");
            var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Root, UseShellExecute = false };
            foreach (var a in new[] { "build", project, "-c", "Release", "-nologo", "-v", "q", "-clp:ErrorsOnly" }) start.ArgumentList.Add(a);
            using var build = Process.Start(start)!;
            build.WaitForExit();
            if (build.ExitCode != 0) throw new InvalidOperationException($"dotnet build {project} -c Release failed ({build.ExitCode})");
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Drover.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("run the bench from inside the Drover checkout (no Drover.sln above " + AppContext.BaseDirectory + ")");
    }
}
