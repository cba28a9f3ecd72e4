global using Drover.IntegrationTests.Support;

// Each test starts its own server and agents; running many at once on a 2-core machine only makes them slower.
[assembly: CollectionBehavior(MaxParallelThreads = 2)]
