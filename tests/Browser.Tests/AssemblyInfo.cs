// One browser at a time: the machines running these tests have few cores, shared with the build.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
