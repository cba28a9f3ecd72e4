global using Drover.EngineTests.Support;

// Each test starts its own server (a silo and a SQLite file); two at once is what the 2-core machines here take.
[assembly: CollectionBehavior(MaxParallelThreads = 2)]
