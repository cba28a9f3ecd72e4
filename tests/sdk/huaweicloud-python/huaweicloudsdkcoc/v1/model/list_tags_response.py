# coding: utf-8

from huaweicloudsdkcore.utils.http_utils import sanitize_for_serialization


class ListTagsResponse:

    """
    Attributes:
      openapi_types (dict): The key is attribute name
                            and the value is attribute type.
      attribute_map (dict): The key is attribute name
                            and the value is json key in definition.
    """
    sensitive_list = []

    openapi_types = {
        'tags': 'list[ScriptTag]',
        'total': 'int'
    }

    attribute_map = {
        'tags': 'tags',
        'total': 'total'
    }

    def __init__(self, tags=None, total=None):
        r"""ListTagsResponse

        The model defined in huaweicloud sdk

        :param tags: 
        :type tags: list[:class:`huaweicloudsdkcoc.v1.ScriptTag`]
        :param total: 总条数。
        :type total: int
        """
        
        

        self._tags = None
        self._total = None
        self.discriminator = None

        if tags is not None:
            self.tags = tags
        if total is not None:
            self.total = total

    @property
    def tags(self):
        r"""Gets the tags of this ListTagsResponse.

        :return: The tags of this ListTagsResponse.
        :rtype: list[:class:`huaweicloudsdkcoc.v1.ScriptTag`]
        """
        return self._tags

    @tags.setter
    def tags(self, tags):
        r"""Sets the tags of this ListTagsResponse.

        :param tags: The tags of this ListTagsResponse.
        :type tags: list[:class:`huaweicloudsdkcoc.v1.ScriptTag`]
        """
        self._tags = tags

    @property
    def total(self):
        r"""Gets the total of this ListTagsResponse.

        总条数。

        :return: The total of this ListTagsResponse.
        :rtype: int
        """
        return self._total

    @total.setter
    def total(self, total):
        r"""Sets the total of this ListTagsResponse.

        总条数。

        :param total: The total of this ListTagsResponse.
        :type total: int
        """
        self._total = total

    def to_dict(self):
        result = {}

        for attr, _ in self.openapi_types.items():
            value = getattr(self, attr)
            if isinstance(value, list):
                result[attr] = list(map(
                    lambda x: x.to_dict() if hasattr(x, "to_dict") else x,
                    value
                ))
            elif hasattr(value, "to_dict"):
                result[attr] = value.to_dict()
            elif isinstance(value, dict):
                result[attr] = dict(map(
                    lambda item: (item[0], item[1].to_dict())
                    if hasattr(item[1], "to_dict") else item,
                    value.items()
                ))
            else:
                if attr in self.sensitive_list:
                    result[attr] = "****"
                else:
                    result[attr] = value

        return result

    def to_str(self):
        """Returns the string representation of the model"""
        import simplejson as json
        return json.dumps(sanitize_for_serialization(self), ensure_ascii=False)

    def __repr__(self):
        """For `print`"""
        return self.to_str()

    def __eq__(self, other):
        """Returns true if both objects are equal"""
        if not isinstance(other, ListTagsResponse):
            return False

        return self.__dict__ == other.__dict__

    def __ne__(self, other):
        """Returns true if both objects are not equal"""
        return not self == other
