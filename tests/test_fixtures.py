"""The SDK's pytest fixtures: a fresh mock server and a strict client for it, sync and async."""

from __future__ import annotations

import pytest

from modelarts_client import AsyncModelArts, ModelArts
from modelarts_client.testing import async_mock_client, mock_client  # noqa: F401


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def test_the_sync_fixture_is_strict(mock_client: ModelArts) -> None:
    assert mock_client.list_notebooks().total == 0
    assert mock_client._options.strict_response_validation


@pytest.mark.anyio
async def test_the_async_fixture_gives_a_working_async_client(
    async_mock_client: AsyncModelArts,
) -> None:
    assert isinstance(async_mock_client, AsyncModelArts)
    assert async_mock_client._options.strict_response_validation
    assert (await async_mock_client.list_notebooks()).total == 0
    raw = await async_mock_client.with_raw_response.list_notebooks()
    assert raw.status_code == 200 and raw.parse().total == 0
