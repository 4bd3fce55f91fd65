using Spectra.Generators.Workflows.Expressions;

namespace Spectra.Generators.Tests.Expressions;

/// <summary>GitHub's semantics for expressions of literals: loose equality through numbers, case-insensitive strings, operand-returning && and ||.</summary>
public sealed class ConstantEvaluatorTests
{
    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    [InlineData("1 == 1", true)]
    [InlineData("'1' == 1", true)]
    [InlineData("'true' == true", false)]
    [InlineData("'' == null", true)]
    [InlineData("'' == false", true)]
    [InlineData("'abc' != 1", true)]
    [InlineData("'ABC' == 'abc'", true)]
    [InlineData("'b' > 'A'", true)]
    [InlineData("null == null", true)]
    [InlineData("NaN == NaN", false)]
    [InlineData("0", false)]
    [InlineData("-0", false)]
    [InlineData("''", false)]
    [InlineData("'false'", true)]
    [InlineData("null", false)]
    [InlineData("!0", true)]
    [InlineData("1 && ''", false)]
    [InlineData("0 || 'x'", true)]
    [InlineData("'0x10' == 16", true)]
    [InlineData("3 < 2 < 1", true)]
    public void Literal_expressions_evaluate_as_github_does(string text, bool truthy)
    {
        Assert.True(ConstantEvaluator.TryEvaluate(ExpressionParser.Parse(text).Node!, out var value));
        Assert.Equal(truthy, value.IsTruthy);
    }

    [Theory]
    [InlineData("github.ref == 'main'")]
    [InlineData("always()")]
    [InlineData("true && success()")]
    public void Expressions_that_read_contexts_or_call_functions_are_not_constant(string text) =>
        Assert.False(ConstantEvaluator.TryEvaluate(ExpressionParser.Parse(text).Node!, out _));
}
