# coding: utf-8

from huaweicloudsdkcore.utils.http_utils import sanitize_for_serialization


class DeleteApplicationGroupRequest:

    """
    Attributes:
      openapi_types (dict): The key is attribute name
                            and the value is attribute type.
      attribute_map (dict): The key is attribute name
                            and the value is json key in definition.
    """
    sensitive_list = []

    openapi_types = {
        'id': 'str',
        'force_delete': 'bool'
    }

    attribute_map = {
        'id': 'id',
        'force_delete': 'force_delete'
    }

    def __init__(self, id=None, force_delete=None):
        r"""DeleteApplicationGroupRequest

        The model defined in huaweicloud sdk

        :param id: 分组id。
        :type id: str
        :param force_delete: 是否强制删除。
        :type force_delete: bool
        """
        
        

        self._id = None
        self._force_delete = None
        self.discriminator = None

        self.id = id
        if force_delete is not None:
            self.force_delete = force_delete

    @property
    def id(self):
        r"""Gets the id of this DeleteApplicationGroupRequest.

        分组id。

        :return: The id of this DeleteApplicationGroupRequest.
        :rtype: str
        """
        return self._id

    @id.setter
    def id(self, id):
        r"""Sets the id of this DeleteApplicationGroupRequest.

        分组id。

        :param id: The id of this DeleteApplicationGroupRequest.
        :type id: str
        """
        self._id = id

    @property
    def force_delete(self):
        r"""Gets the force_delete of this DeleteApplicationGroupRequest.

        是否强制删除。

        :return: The force_delete of this DeleteApplicationGroupRequest.
        :rtype: bool
        """
        return self._force_delete

    @force_delete.setter
    def force_delete(self, force_delete):
        r"""Sets the force_delete of this DeleteApplicationGroupRequest.

        是否强制删除。

        :param force_delete: The force_delete of this DeleteApplicationGroupRequest.
        :type force_delete: bool
        """
        self._force_delete = force_delete

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
        if not isinstance(other, DeleteApplicationGroupRequest):
            return False

        return self.__dict__ == other.__dict__

    def __ne__(self, other):
        """Returns true if both objects are not equal"""
        return not self == other
