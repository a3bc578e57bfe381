using Aims.Model;
using FsCheck.Xunit;

namespace Aims.Tests.Model;

[Properties(Arbitrary = [typeof(ModelArbitraries)])]
public class ClassificationInheritanceProperties
{
    private static readonly ClassificationScale Scale = ClassificationScale.Default;

    [Property]
    public bool Inherited_level_is_the_highest_rank_among_training_data(DataSource[] sources)
    {
        var inheritance = Scale.Inherit(new AiSystem("sys", "System").WithDataSources(sources));
        var ranks = sources.Where(s => s.IsTrainingData).Select(s => Scale.RankOf(s.Classification)).Where(r => r >= 0).ToList();

        return ranks.Count == 0
            ? inheritance.Level is null && inheritance.CausedBy.IsEmpty
            : Scale.RankOf(inheritance.Level!) == ranks.Max();
    }

    [Property]
    public bool Every_cause_is_training_data_at_the_inherited_level_and_none_is_missing(DataSource[] sources)
    {
        var inheritance = Scale.Inherit(new AiSystem("sys", "System").WithDataSources(sources));
        var expected = sources
            .Where(s => s.IsTrainingData && inheritance.Level is not null && Scale.RankOf(s.Classification) == Scale.RankOf(inheritance.Level))
            .Select(s => s.Id);

        return inheritance.CausedBy.SequenceEqual(expected);
    }

    [Property]
    public bool Inference_and_evaluation_data_never_change_the_result(DataSource[] sources)
    {
        var trainingOnly = sources.Where(s => s.IsTrainingData);
        var all = Scale.Inherit(new AiSystem("sys", "System").WithDataSources(sources));
        var training = Scale.Inherit(new AiSystem("sys", "System").WithDataSources(trainingOnly));

        return all.Level == training.Level && all.CausedBy.SequenceEqual(training.CausedBy);
    }

    [Property]
    public bool Adding_training_data_never_lowers_the_level(DataSource[] sources, int levelIndex)
    {
        var before = Scale.Inherit(new AiSystem("sys", "System").WithDataSources(sources));
        var added = new DataSource("extra", "Extra", ModelArbitraries.Levels[((levelIndex % 4) + 4) % 4], DataUse.Training);
        var after = Scale.Inherit(new AiSystem("sys", "System").WithDataSources([.. sources, added]));

        return Scale.RankOf(after.Level!) >= (before.Level is null ? -1 : Scale.RankOf(before.Level));
    }
}
