using Aims.Model;

namespace Aims.Tests.Model;

public class ClassificationScaleTests
{
    [Fact]
    public void Inherit_explains_which_source_caused_the_level()
    {
        var system = new AiSystem("credit", "Credit").WithDataSources([
            new DataSource("history", "Loan history", "confidential", DataUse.Training),
            new DataSource("bureau", "Bureau", "Restricted", DataUse.FineTuning),
            new DataSource("form", "Form", "restricted", DataUse.Inference),
            new DataSource("odd", "Odd", "top-secret", DataUse.Training),
        ]);

        var inheritance = ClassificationScale.Default.Inherit(system);

        Assert.Equal("restricted", inheritance.Level);
        Assert.Equal(["bureau"], inheritance.CausedBy);
        Assert.Equal(["odd"], inheritance.UnclassifiedSources);
        Assert.Equal(
            "credit is 'restricted' because its training data bureau is classified 'restricted'; odd could not be ranked (label not on the scale).",
            inheritance.Explanation);
    }

    [Fact]
    public void Inherit_without_training_data_has_no_level()
    {
        var inheritance = ClassificationScale.Default.Inherit(new AiSystem("s", "S"));

        Assert.Null(inheritance.Level);
        Assert.Equal("s has no training data with a known classification.", inheritance.Explanation);
    }

    [Fact]
    public void Custom_scale_orders_levels_as_given()
    {
        var scale = new ClassificationScale(["green", "amber", "red"]);

        Assert.Equal(2, scale.RankOf("RED"));
        Assert.Equal(-1, scale.RankOf("blue"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("a|A")]
    [InlineData("a| ")]
    public void Constructor_rejects_empty_duplicate_or_blank_levels(string levels) =>
        Assert.Throws<ArgumentException>(() => new ClassificationScale(levels.Length == 0 ? [] : levels.Split('|')));
}
